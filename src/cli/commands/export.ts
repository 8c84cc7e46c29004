// newsgraph export --format graphml|gexf|cytoscape|graphology|csv [--company ID --depth N] [--out path]:
// the graph (or one company's neighbourhood) as a file for networkx, igraph, pandas, R, Gephi,
// Cytoscape, yEd or sigma.js; csv is three files (nodes, edges, evidence) in a folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '../../errors.js';
import { exportFormats, type ExportFormat } from '../../export/formats.js';
import { describeIssues, exportLimits, exportParams } from '../../export/params.js';
import { exportEvidence } from '../../graph/read/export-evidence.js';
import { exportView } from '../../graph/read/whole-graph.js';
import { parseCommand, usageError } from '../args.js';
import { withGraph } from '../with-graph.js';

export const summary = 'write the graph as GraphML, GEXF (dynamic, for Gephi), CSV tables, Cytoscape.js or graphology JSON';

const formats = Object.keys(exportFormats) as ExportFormat[];

const help = `usage: newsgraph export --format ${formats.join('|')} [options]

  --format F            graphml      GraphML (networkx, igraph, R, Gephi, yEd, Cytoscape)
                        gexf         GEXF 1.3, dynamic: nodes and edges live from firstSeen to
                                     lastSeen, so Gephi's timeline plays the graph over time
                        csv          nodes.csv, edges.csv and evidence.csv (one row per claim)
                                     in the --out folder (pandas, R, spreadsheets)
                        cytoscape    Cytoscape.js elements JSON (.cyjs for Cytoscape desktop)
                        graphology   graphology serialized JSON (sigma.js)
  --company ID          only this company's neighbourhood (a company id, or product:<id>)
  --depth N             hops around --company (1-${exportLimits.depth}, default 1)
  --types T,T           SUPPLIES, COMPETES_WITH, OFFERS (default: all)
  --min-confidence X    only relationships at least this confident (0-1)
  --since DATE          only relationships seen on or after DATE (2024-03-01 or an ISO date-time)
  --limit N             at most N nodes (default ${exportLimits.defaultCompanyLimit} around a company, ${exportLimits.defaultWholeLimit} for the whole graph;
                        the most mentioned are kept)
  --out PATH            write to the file PATH (default: standard output); for csv, the folder
                        PATH, created when missing (default: the current folder)

GraphML, GEXF and CSV are directed throughout: COMPETES_WITH is written both ways, with
symmetric=true (docs/research.md). The same exports are served over HTTP by \`newsgraph serve\` at
/export/graph.graphml, /export/graph.gexf, /export/graph.cytoscape.json, /export/graph.graphology.json,
/export/nodes.csv, /export/edges.csv and /export/evidence.csv, with the same options as query parameters.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('export', help, args, {
    format: { type: 'string', short: 'f' },
    company: { type: 'string', short: 'c' },
    depth: { type: 'string', short: 'd' },
    types: { type: 'string' },
    'min-confidence': { type: 'string' },
    since: { type: 'string' },
    limit: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const format = values.format as ExportFormat | undefined;
  if (format === undefined || !formats.includes(format)) {
    return usageError('export', `--format must be one of ${formats.join(', ')}${values.format ? ` (got "${values.format}")` : ''}`, help);
  }
  const params = exportParams.safeParse({
    company: values.company,
    depth: values.depth,
    types: values.types,
    minConfidence: values['min-confidence'],
    since: values.since,
    limit: values.limit,
  });
  if (!params.success) return usageError('export', describeIssues(params.error), help);

  return withGraph(async ({ client, logger }) => {
    const view = await exportView(client, params.data).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (view === undefined) {
      console.error(`newsgraph export: no company or product with the id "${params.data.company}"`);
      return 1;
    }
    const files = exportFormats[format];
    const evidence = files.some((f) => f.needsEvidence) ? await exportEvidence(client, view) : [];
    const summary = `${view.nodes.length} nodes, ${view.edges.length} relationships`;
    if (files.length > 1) {
      const dir = values.out ?? '.';
      await mkdir(dir, { recursive: true });
      for (const file of files) await writeFile(join(dir, file.file), file.write(view, evidence), 'utf8');
      console.error(`newsgraph export: ${summary} → ${files.map((f) => join(dir, f.file)).join(', ')}`);
    } else if (values.out) {
      await writeFile(values.out, files[0].write(view, evidence), 'utf8');
      console.error(`newsgraph export: ${summary} → ${values.out}`);
    } else {
      const text = files[0].write(view, evidence);
      await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
    }
    if (view.truncated) logger.warn(`the graph was cut at ${view.nodes.length} nodes; raise --limit or narrow it with --types, --min-confidence, --since`);
    return 0;
  });
}
