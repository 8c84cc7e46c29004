import type { Plugin } from 'graphql-yoga';
import { DatabaseError, InvalidInputError, NotFoundError } from '../../errors.js';
import { exportFiles, type ExportFile } from '../../export/formats.js';
import { describeIssues, paramsFromSearch } from '../../export/params.js';
import type { GraphClient } from '../../graph/neo4j-client.js';
import { exportEvidence } from '../../graph/read/export-evidence.js';
import { exportView } from '../../graph/read/whole-graph.js';
import type { Logger } from '../../logger.js';
import { busyMessage, busyRetryAfterSeconds, type GraphReadSlots } from '../graph-reads.js';

// GET /export/graph.graphml | graph.gexf | graph.cytoscape.json | graph.graphology.json
//         | nodes.csv | edges.csv | evidence.csv
//   ?company=ID&depth=N            one node's neighbourhood (else the whole graph, capped)
//   &types=SUPPLIES,OFFERS&minConfidence=0.5&since=2024-03-01&limit=N
// Answers the file, 400 with the reason for a bad parameter, 404 for an unknown company, 503 with
// Retry-After (code BUSY) while the server runs as many graph reads as it allows: an export is one.

const byPath = new Map<string, ExportFile>(exportFiles.map((f) => [`/export/${f.file}`, f]));

const problem = (status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  Response.json({ error: message, ...extra }, { status, headers: { 'cache-control': 'no-store', ...headers } });

/** newsgraph-nvidia.gexf, newsgraph-nvidia-edges.csv, newsgraph.graphml */
function downloadName(spec: ExportFile, company: string | undefined): string {
  const base = `newsgraph${company ? `-${company.replace(/[^\w.-]+/g, '_')}` : ''}`;
  return spec.file.startsWith('graph.') ? `${base}.${spec.file.slice('graph.'.length)}` : `${base}-${spec.file}`;
}

export interface ExportPluginDeps {
  client: GraphClient;
  logger: Logger;
  /** false when READ_TOKEN is set and the request does not carry it. */
  mayRead(request: Request): boolean;
  graphReads: GraphReadSlots;
}

export function exportPlugin({ client, logger, mayRead, graphReads }: ExportPluginDeps): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const spec = byPath.get(url.pathname);
      if (spec === undefined) return endResponse(problem(404, `No such export. Try ${[...byPath.keys()].join(', ')}.`));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
      }
      if (!mayRead(request)) {
        return endResponse(
          Response.json({ error: 'This server needs Authorization: Bearer <READ_TOKEN>' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } }),
        );
      }
      const parsed = paramsFromSearch(url.searchParams);
      if (!parsed.success) return endResponse(problem(400, describeIssues(parsed.error)));
      const params = parsed.data;
      const release = graphReads.take();
      if (release === undefined) {
        return endResponse(problem(503, busyMessage(graphReads), { code: 'BUSY' }, { 'retry-after': String(busyRetryAfterSeconds) }));
      }
      const started = performance.now();
      try {
        const view = await exportView(client, params);
        if (view === undefined) return endResponse(problem(404, `No company or product with the id "${params.company}".`));
        const evidence = spec.needsEvidence ? await exportEvidence(client, view) : [];
        const body = spec.write(view, evidence);
        logger.info(`export ${spec.file}: ${view.nodes.length} nodes, ${view.edges.length} edges in ${Math.round(performance.now() - started)} ms`);
        endResponse(
          new Response(request.method === 'HEAD' ? null : body, {
            headers: {
              'content-type': spec.contentType,
              'content-disposition': `attachment; filename="${downloadName(spec, params.company)}"`,
              'cache-control': 'no-store',
              'x-newsgraph-nodes': String(view.nodes.length),
              'x-newsgraph-edges': String(view.edges.length),
              'x-newsgraph-truncated': String(view.truncated),
            },
          }),
        );
      } catch (error) {
        if (error instanceof NotFoundError) return endResponse(problem(404, `No company or product with the id "${params.company}".`));
        if (error instanceof InvalidInputError) return endResponse(problem(400, error.message));
        if (error instanceof DatabaseError) {
          logger.warn(`export ${spec.file}: ${error.message}`);
          return endResponse(problem(503, 'The database is not answering; try again shortly.'));
        }
        logger.error(`export ${spec.file} failed:`, error);
        endResponse(problem(500, 'The export failed; the server log says why.'));
      } finally {
        release();
      }
    },
  };
}
