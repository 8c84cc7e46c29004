// The commands and their one-line summaries, known without loading any command: `newsgraph --help`
// must not pay for every command's dependencies (compromise, graphql-yoga, the driver). Each command
// module exports the same `summary` (a unit test checks they agree).

export const commandSummaries = {
  start: 'run everything: Neo4j, examples on an empty database, API and explorer',
  serve: 'serve the GraphQL API, the explorer and the exports over HTTP',
  ingest: 'read articles (.jsonl .json .txt .md .html, folders, - for stdin) into the graph',
  reextract: 'read the stored articles again with this extractor (after an upgrade) and recompute their edges',
  remove: 'remove articles by id, with their claims; edges and entities left without support go',
  extract: 'print what extraction finds in an article file (or prediction lines for a .jsonl)',
  eval: 'score extraction against a labelled corpus: P/R/F1, worst articles, missed and spurious relations',
  export: 'write the graph as GraphML, GEXF (dynamic, for Gephi), CSV tables, Cytoscape.js or graphology JSON',
  db: 'start | stop | status of the embedded Neo4j; dump | load the whole graph to and from a file',
} as const;

export type Command = keyof typeof commandSummaries;

export const commands = Object.keys(commandSummaries) as Command[];
