import { existsSync, statSync } from 'node:fs';
import { DUMP_FORMAT, DUMP_VERSION, UnsupportedValueError } from '../graph/dump/format.js';
import { countGraph, dumpGraph, type GraphCounts } from '../graph/dump/dump-graph.js';
import { DumpContentError, emptyGraph, loadGraph } from '../graph/dump/load-graph.js';
import { EXTRACTOR_VERSION } from '../extract/types.js';
import { checkDump, DumpFileError, readDump, writeDump } from './dump-file.js';
import { withGraph } from './with-graph.js';

// `newsgraph db dump <file> [--with-secrets]` and `newsgraph db load <file> [--replace]`: the whole graph to a
// file and back (the format: src/graph/dump/format.ts). Progress goes to stderr every two seconds.

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const counted = (c: GraphCounts) => `${c.nodes.toLocaleString('en')} nodes and ${c.relationships.toLocaleString('en')} relationships`;

/** Reports the first time it is called, then at most every two seconds. */
function every2s(report: (line: string) => void) {
  let last = -Infinity;
  return (line: () => string) => {
    if (performance.now() - last < 2000) return;
    last = performance.now();
    report(line());
  };
}

export async function dumpCommand(file: string, withSecrets = false): Promise<number> {
  if (existsSync(file) && statSync(file).isDirectory()) {
    console.error(`newsgraph db dump: ${file} is a folder; name the file to write (e.g. newsgraph.jsonl.gz)`);
    return 2;
  }
  return withGraph(async ({ client, logger }) => {
    const started = performance.now();
    const total = await countGraph(client);
    const tick = every2s((l) => logger.info(l));
    try {
      const done = await writeDump(
        file,
        { format: DUMP_FORMAT, version: DUMP_VERSION, extractor: EXTRACTOR_VERSION, createdAt: new Date().toISOString(), ...total },
        dumpGraph(client, { withSecrets }),
        (c) => tick(() => `dump: ${c.nodes}/${total.nodes} nodes, ${c.relationships}/${total.relationships} relationships`),
      );
      const size = statSync(file).size;
      console.log(`Dumped ${counted(done)} to ${file} (${(size / 1e6).toFixed(1)} MB) in ${seconds(started)}.`);
      if (!withSecrets) console.log('Webhook secrets were left out (--with-secrets keeps them): a webhook loaded from this file sends nothing until it is added again.');
      return 0;
    } catch (error) {
      if (!(error instanceof UnsupportedValueError)) throw error;
      console.error(`newsgraph db dump: ${error.message}. Nothing was written.`);
      return 1;
    }
  });
}

export async function loadCommand(file: string, replace: boolean): Promise<number> {
  const started = performance.now();
  let checked;
  try {
    checked = await checkDump(file);
  } catch (error) {
    if (!(error instanceof DumpFileError)) throw error;
    console.error(`newsgraph db load: ${error.message}. Nothing was stored.`);
    return 1;
  }
  return withGraph(async ({ client, logger }) => {
    const before = await countGraph(client);
    if (before.nodes > 0) {
      if (!replace) {
        console.error(
          `newsgraph db load: the database is not empty (${counted(before)}). Load into an empty database, or add --replace to delete everything in it first. Nothing was changed.`,
        );
        return 1;
      }
      logger.info(`load: deleting ${counted(before)} (--replace)`);
      await emptyGraph(client);
    }
    const tick = every2s((l) => logger.info(l));
    try {
      const done = await loadGraph(client, readDump(file), (c) =>
        tick(() => `load: ${c.nodes}/${checked.nodes} nodes, ${c.relationships}/${checked.relationships} relationships`),
      );
      console.log(`Loaded ${counted(done)} from ${file} in ${seconds(started)}.`);
    } catch (error) {
      const where = error instanceof DumpContentError ? `${file}, line ${error.line}: ${error.message}` : error instanceof Error ? error.message : String(error);
      console.error(`newsgraph db load: ${where}. The database holds part of the dump; run the load again with --replace.`);
      return 1;
    }
    if (checked.header.extractor !== EXTRACTOR_VERSION) {
      console.log(`The dump was read by extractor ${checked.header.extractor}, this is ${EXTRACTOR_VERSION}: \`newsgraph reextract\` reads the articles again with this one.`);
    }
    return 0;
  });
}
