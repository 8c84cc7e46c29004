// newsgraph export --format graphml|gexf|cytoscape|graphology [--company ID --depth N] [--out file]:
// the graph (or one company's neighbourhood) as a file for Gephi, Cytoscape, yEd or sigma.js.
import { writeFile } from 'node:fs/promises';
import { NotFoundError } from '../../errors.js';
import { exportFormats, type ExportFormat } from '../../export/formats.js';
import { describeIssues, exportLimits, exportParams } from '../../export/params.js';
import { exportView } from '../../graph/read/whole-graph.js';
import { parseCommand, usageError } from '../args.js';
import { withGraph } from '../with-graph.js';

export const summary = 'write the graph as GraphML, GEXF (dynamic, for Gephi), Cytoscape.js or graphology JSON';

const formats = Object.keys(exportFormats) as ExportFormat[];

const help = `usage: newsgraph export --format ${formats.join('|')} [options]

  --format F            graphml      GraphML (Gephi, yEd, Cytoscape, NetworkX)
                        gexf         GEXF 1.3, dynamic: nodes and edges live from firstSeen to
                                     lastSeen, so Gephi's timeline plays the graph over time
                        cytoscape    Cytoscape.js elements JSON (.cyjs for Cytoscape desktop)
                        graphology   graphology serialized JSON (sigma.js)
  --company ID          only this company's neighbourhood (a company id, or product:<id>)
  --depth N             hops around --company (1-${exportLimits.depth}, default 1)
  --types T,T           SUPPLIES, COMPETES_WITH, OFFERS (default: all)
  --min-confidence X    only relationships at least this confident (0-1)
  --since DATE          only relationships seen on or after DATE (2024-03-01 or an ISO date-time)
  --limit N             at most N nodes (default ${exportLimits.defaultCompanyLimit} around a company, ${exportLimits.defaultWholeLimit} for the whole graph;
                        the most mentioned are kept)
  --out FILE            write to FILE (default: standard output)

The same exports are served over HTTP by \`newsgraph serve\` at /export/graph.graphml, /export/graph.gexf,
/export/graph.cytoscape.json and /export/graph.graphology.json, with the same options as query parameters.`;

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
    const text = exportFormats[format].write(view);
    if (values.out) {
      await writeFile(values.out, text, 'utf8');
      console.error(`newsgraph export: ${view.nodes.length} nodes, ${view.edges.length} edges → ${values.out}`);
    } else {
      await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
    }
    if (view.truncated) logger.warn(`the graph was cut at ${view.nodes.length} nodes; raise --limit or narrow it with --types, --min-confidence, --since`);
    return 0;
  });
}
