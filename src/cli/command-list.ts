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
  feeds: 'feeds add <url> [--every 15m] | list | remove <url> | items <url>: the RSS, Atom and JSON feeds to follow',
  follow: 'poll the followed feeds and send webhook alerts until Ctrl-C (--once: one pass, for cron)',
  watch: 'watch <company...>: alert webhooks about these companies\' relationship changes; no argument lists the watchlist',
  unwatch: 'unwatch <company...>: take companies off the watchlist',
  webhooks: 'webhooks add <url> --secret S [--company X] | list | remove <id> | deliveries [<id>]: alert receivers',
  digest: 'digest --since 7d [--company X] [--format md|json]: relationships that appeared, strengthened or ended, with evidence',
  db: 'start | stop | status of the embedded Neo4j; dump | load the whole graph to and from a file',
} as const;

export type Command = keyof typeof commandSummaries;

export const commands = Object.keys(commandSummaries) as Command[];
