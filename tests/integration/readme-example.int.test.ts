import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestExamplesIfEmpty } from '../../src/ingest/examples.js';
import { gql, testApp } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// The README's example queries, run on the bundled examples, must give the answers the README shows.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = readme.slice(readme.indexOf('## Example'));
const blocks = (lang: string) => [...example.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

let client: GraphClient;
beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  await ingestExamplesIfEmpty(client);
});
afterAll(() => client.close());

it('has one answer for each example query', () => {
  expect(blocks('graphql').length).toBeGreaterThanOrEqual(2);
  expect(blocks('json')).toHaveLength(blocks('graphql').length);
});

it.each(blocks('graphql').map((query, i) => [i + 1, query]))('answers example query %i as the README says', async (i, query) => {
  const result = await gql(testApp(client), query as string);
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual(JSON.parse(blocks('json')[(i as number) - 1]));
});
