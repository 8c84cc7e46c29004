import type { GraphClient } from '../../src/graph/neo4j-client.js';

// A small graph written with Cypher exactly as the shared model says: entities with aliases, articles,
// assertions linked IN/SUBJECT/OBJECT, derived edges (noisy-or confidence, evidence count, first/last seen
// from the articles) and MENTIONS. The API read tests run on it; the answers are re-read with Cypher.

export const articles = [
  { id: 'a1', url: 'https://news.example/a1', title: 'TSMC ramps up', source: 'Example Wire', publishedAt: '2026-01-05T09:00:00Z' },
  { id: 'a2', url: 'https://news.example/a2', title: 'Chip rivalry', source: 'Example Wire', publishedAt: '2026-02-10T09:00:00Z' },
  { id: 'a3', url: 'https://news.example/a3', title: 'New products', source: 'Daily Example', publishedAt: '2026-03-16T09:00:00Z' },
];

export const companies = [
  { id: 'tsmc', name: 'TSMC', aliases: ['TSMC', 'Taiwan Semiconductor Manufacturing'] },
  { id: 'nvidia', name: 'Nvidia', aliases: ['Nvidia', 'NVIDIA Corp'] },
  { id: 'amd', name: 'AMD', aliases: ['AMD', 'Advanced Micro Devices'] },
  { id: 'apple', name: 'Apple', aliases: ['Apple', 'Apple Inc.'] },
  { id: 'foxconn', name: 'Foxconn', aliases: ['Foxconn', 'Hon Hai'] },
  { id: 'intel', name: 'Intel', aliases: ['Intel'] },
  { id: 'meta-platforms', name: 'Meta Platforms', aliases: ['Meta', 'Meta Platforms Inc.'] },
];

export const products = [
  { id: 'h100', name: 'H100', aliases: ['H100'] },
  { id: 'iphone', name: 'iPhone', aliases: ['iPhone'] },
];

// [id, type, subject, object, article, confidence, rule, amount?]
type AssertionRow = [string, 'SUPPLIES' | 'COMPETES_WITH' | 'OFFERS', string, string, string, number, string, number?];
export const assertions: AssertionRow[] = [
  ['s1', 'SUPPLIES', 'tsmc', 'nvidia', 'a1', 0.8, 'supplies.makes-chips-for', 1_000_000_000],
  ['s2', 'SUPPLIES', 'tsmc', 'nvidia', 'a2', 0.5, 'supplies.supplier-of'],
  ['s3', 'SUPPLIES', 'tsmc', 'apple', 'a1', 0.7, 'supplies.supplier-of'],
  ['s4', 'SUPPLIES', 'foxconn', 'apple', 'a2', 0.6, 'supplies.assembles-for'],
  ['s5', 'COMPETES_WITH', 'nvidia', 'amd', 'a2', 0.7, 'competes.rival'],
  ['s6', 'OFFERS', 'nvidia', 'h100', 'a3', 0.9, 'offers.launches'],
  ['s7', 'OFFERS', 'apple', 'iphone', 'a3', 0.8, 'offers.sells'],
  ['s8', 'SUPPLIES', 'nvidia', 'meta-platforms', 'a3', 0.75, 'supplies.buys-from'],
  ['s9', 'COMPETES_WITH', 'intel', 'amd', 'a3', 0.6, 'competes.rival'],
];

// [article, entity, count]
export const mentions: [string, string, number][] = [
  ['a1', 'tsmc', 3], ['a1', 'nvidia', 2], ['a1', 'apple', 1],
  ['a2', 'tsmc', 1], ['a2', 'nvidia', 2], ['a2', 'amd', 2], ['a2', 'foxconn', 1], ['a2', 'apple', 1],
  ['a3', 'nvidia', 1], ['a3', 'h100', 2], ['a3', 'apple', 1], ['a3', 'iphone', 1], ['a3', 'meta-platforms', 1],
  ['a3', 'intel', 1], ['a3', 'amd', 1],
];

const productIds = new Set(products.map((p) => p.id));

/** Alias keys as the ingest makes them (casefold, punctuation and legal suffixes dropped), enough for this data. */
function key(alias: string): string {
  return alias.toLowerCase().replace(/[.,]/g, '').replace(/\s+(inc|corp)$/, '').trim();
}

export async function createFixtureGraph(client: GraphClient): Promise<void> {
  const ingestedAt = '2026-03-20T00:00:00Z';
  await client.runText(
    `UNWIND $rows AS row
     CREATE (a:Article {id: row.id, url: row.url, title: row.title, source: row.source,
       publishedAt: datetime(row.publishedAt), contentHash: 'h-' + row.id, ingestedAt: datetime($ingestedAt)})`,
    { rows: articles, ingestedAt },
  );
  const entity = (label: string) =>
    `UNWIND $rows AS row
     CREATE (n:${label} {id: row.id, name: row.name, aliases: row.aliases, aliasText: reduce(s = '', x IN row.aliases | s + x + ' | '),
       mentionCount: 0, createdAt: datetime($createdAt)})
     WITH n, row UNWIND row.aliases AS alias
     MERGE (k:Alias {key: alias.key}) ON CREATE SET k.text = alias.text
     MERGE (k)-[:OF]->(n)`;
  const withKeys = (rows: { aliases: string[] }[]) =>
    rows.map((r) => ({ ...r, aliases: r.aliases, aliasKeys: r.aliases.map((a) => ({ key: key(a), text: a })) }));
  await client.runText(entity('Company').replace(/UNWIND row.aliases AS alias/, 'UNWIND row.aliasKeys AS alias'), {
    rows: withKeys(companies),
    createdAt: '2026-01-05T10:00:00Z',
  });
  await client.runText(entity('Product').replace(/UNWIND row.aliases AS alias/, 'UNWIND row.aliasKeys AS alias'), {
    rows: withKeys(products),
    createdAt: '2026-03-16T10:00:00Z',
  });
  await client.runText(
    `UNWIND $rows AS row
     MATCH (art:Article {id: row.article})
     MATCH (s:Company {id: row.subject})
     CALL (row) { MATCH (o:Company {id: row.object}) WHERE NOT row.product RETURN o
                  UNION MATCH (o:Product {id: row.object}) WHERE row.product RETURN o }
     CREATE (a:Assertion {id: row.id, type: row.type, sentence: row.sentence, start: 0, end: size(row.sentence),
       confidence: row.confidence, rule: row.rule, amount: row.amount, currency: CASE WHEN row.amount IS NULL THEN null ELSE 'USD' END,
       until: null, createdAt: datetime($ingestedAt)})
     CREATE (a)-[:IN]->(art), (a)-[:SUBJECT]->(s), (a)-[:OBJECT]->(o)`,
    {
      ingestedAt,
      rows: assertions.map(([id, type, subject, object, article, confidence, rule, amount]) => ({
        id, type, subject, object, article, confidence, rule, amount: amount ?? null,
        product: productIds.has(object),
        sentence: `${subject} ${type.toLowerCase().replace('_', ' ')} ${object} (${id}).`,
      })),
    },
  );
  // Derived edges: one per (type, stored pair); COMPETES_WITH from the smaller id to the larger.
  await client.runText(
    `MATCH (a:Assertion)-[:SUBJECT]->(x), (a)-[:OBJECT]->(y), (a)-[:IN]->(art:Article)
     WITH a, art, CASE WHEN a.type = 'COMPETES_WITH' AND y.id < x.id THEN [y, x] ELSE [x, y] END AS pair
     WITH a.type AS type, pair[0] AS s, pair[1] AS t, collect(a.confidence) AS cs,
          collect(coalesce(art.publishedAt, art.ingestedAt)) AS seen
     CREATE (s)-[r:$(type)]->(t)
     SET r.confidence = 1 - reduce(p = 1.0, c IN cs | p * (1 - c)), r.evidenceCount = size(cs),
         r.firstSeen = reduce(m = seen[0], d IN seen | CASE WHEN d < m THEN d ELSE m END),
         r.lastSeen = reduce(m = seen[0], d IN seen | CASE WHEN d > m THEN d ELSE m END),
         r.createdAt = datetime($ingestedAt)`,
    { ingestedAt },
  );
  await client.runText(
    `UNWIND $rows AS row
     MATCH (art:Article {id: row.article})
     CALL (row) { MATCH (n:Company {id: row.entity}) RETURN n UNION MATCH (n:Product {id: row.entity}) RETURN n }
     CREATE (art)-[:MENTIONS {count: row.count}]->(n)`,
    { rows: mentions.map(([article, entity, count]) => ({ article, entity, count })) },
  );
  await client.runText(
    `MATCH (n) WHERE n:Company OR n:Product
     MATCH (art:Article)-[m:MENTIONS]->(n)
     WITH n, sum(m.count) AS total, min(art.publishedAt) AS first, max(art.publishedAt) AS last
     SET n.mentionCount = total, n.firstSeen = first, n.lastSeen = last`,
  );
}
