import { describe, expect, it } from 'vitest';
import { type AliasLink, BatchResolver, type EntityInput, type ResolverLookups } from '../../src/graph/write/resolve.js';

// The resolution rule (docs/ingest.md) against an in-memory alias table: [stored links, entity, other
// names in the article, expected id, created?].

const link = (key: string, id: string, name: string): AliasLink => ({ key, id, label: 'Company', name });
const company = (name: string, ...aliases: string[]): EntityInput => ({ label: 'Company', name, aliases });

function lookups(links: AliasLink[], edges: Array<[string, string]> = []): ResolverLookups {
  return {
    links: async (keys) => links.filter((l) => keys.includes(l.key)),
    async context(ids, _label, keys) {
      const owners = (k: string) => links.filter((l) => l.key === k).map((l) => l.id);
      return new Map(ids.map((id) => [id, keys.flatMap(owners).filter((o) => edges.some(([a, b]) => (a === id && b === o) || (b === id && a === o))).length]));
    },
    async takenIds(_label, slugs) {
      const ids = [...new Set(links.map((l) => l.id))];
      return new Map(slugs.map((s) => [s, new Set(ids.filter((id) => id === s || id.startsWith(`${s}-`)))]));
    },
  };
}

const delta = [
  link('delta air lines', 'delta-air-lines', 'Delta Air Lines'), link('delta', 'delta-air-lines', 'Delta Air Lines'),
  link('delta faucet', 'delta-faucet', 'Delta Faucet'), link('delta', 'delta-faucet', 'Delta Faucet'),
  link('united airlines', 'united-airlines', 'United Airlines'), link('moen', 'moen', 'Moen'),
];
const deltaEdges: Array<[string, string]> = [['delta-air-lines', 'united-airlines'], ['delta-faucet', 'moen']];

const cases: Array<[string, AliasLink[], EntityInput, EntityInput[], string, boolean]> = [
  ['new name → slug of its key', [], company('Meta Platforms, Inc.', 'Meta'), [], 'meta-platforms', true],
  ['rule 1: name key, suffix dropped', [link('apple', 'apple', 'Apple Inc.')], company('Apple'), [], 'apple', false],
  ['rule 1: alias recorded earlier', [link('meta', 'meta-platforms', 'Meta Platforms Inc.')], company('Meta'), [], 'meta-platforms', false],
  ['rule 2: an alias that is another entity\'s name', [link('meta', 'meta', 'Meta')], company('Meta Platforms', 'Meta'), [], 'meta', false],
  ['rule 2 does not follow a mere alias', delta.slice(0, 2), company('Delta Faucet', 'Delta'), [], 'delta-faucet', true],
  ['rule 3: context picks the airline', delta, company('Delta'), [company('United Airlines')], 'delta-air-lines', false],
  ['rule 3: context picks the faucet maker', delta, company('Delta'), [company('Moen')], 'delta-faucet', false],
  ['rule 4: no context → a new entity', delta, company('Delta'), [company('Initech')], 'delta', true],
  ['rule 3 tie-break: the candidate named exactly so', [...delta, link('delta', 'delta', 'Delta')], company('Delta'), [], 'delta', false],
  ['slug taken by a different entity → numbered', [link('acme widgets', 'acme', 'Acme Widgets')], company('Acme'), [], 'acme-2', true],
];

describe('BatchResolver', () => {
  it.each(cases)('%s', async (_name, links, entity, others, id, created) => {
    const resolver = new BatchResolver(lookups(links, deltaEdges));
    const [resolved] = await resolver.resolveArticle([entity, ...others]);
    expect(resolved).toMatchObject({ id, created });
  });

  it('remembers its own decisions within a batch', async () => {
    const resolver = new BatchResolver(lookups([]));
    const [first] = await resolver.resolveArticle([company('Globex Corporation', 'Globex')]);
    const [second] = await resolver.resolveArticle([company('Globex')]);
    expect(first).toMatchObject({ id: 'globex', created: true });
    expect(second).toMatchObject({ id: 'globex', created: false });
    expect(resolver.aliasRows.map((r) => r.key)).toEqual(['globex']);
  });
});
