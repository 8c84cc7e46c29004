import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestExamplesIfEmpty } from '../../src/ingest/examples.js';
import { gql, testApp } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// The README's example query, run on the bundled examples, must give the answer the README shows.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = readme.slice(readme.indexOf('## Example'));
const block = (lang: string) => example.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))![1];

let client: GraphClient;
beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  await ingestExamplesIfEmpty(client);
});
afterAll(() => client.close());

it('answers the README example query as the README says', async () => {
  const result = await gql(testApp(client), block('graphql'));
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual(JSON.parse(block('json')));
});
