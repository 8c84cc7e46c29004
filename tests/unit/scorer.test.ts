import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/eval/corpus.js';
import { matchEntities } from '../../src/eval/match.js';
import { prf } from '../../src/eval/metrics.js';
import { normaliseName } from '../../src/eval/normalise.js';
import { goldLine, predictionLine, type GoldLine, type PredictionLine } from '../../src/eval/schema.js';
import { aggregate, scoreArticle, worstArticles } from '../../src/eval/score.js';
import { parseJsonl } from '../../src/eval/jsonl.js';

// Invented companies only; nothing here comes from the eval corpora.
const gold = (line: unknown): GoldLine => goldLine.parse(line);
const predicted = (line: unknown): PredictionLine => predictionLine.parse(line);
const rel = (type: string, source: string, target: string) => ({ type, source, target, evidence: '' });

describe('normaliseName', () => {
  const equal: [string, string][] = [
    ['Brindle Corp.', 'brindle'],
    ['Brindle Corporation', 'BRINDLE'],
    ['Brindle Co.', 'Brindle Company'],
    ['Brindle Co', 'Brindle Corp'],
    ['Brindle, Inc.', 'brindle incorporated'],
    ['Brindle Ltd', 'Brindle Limited'],
    ['Brindle plc', 'Brindle PLC'],
    ['Brindle LLC', 'Brindle L.L.C.'],
    ['Brindle Group Holdings', 'Brindle'],
    ['Brindle Holding AG', 'Brindle'],
    ['Brindle S.A.', 'Brindle SA'],
    ['Brindle A/S', 'Brindle'],
    ['Brindle N.V.', 'Brindle'],
    ['The Brindle Company', 'Brindle'],
    ['Brindle & Co.', 'Brindle'],
    ['Brindle & Vask', 'Brindle and Vask'],
    ['Nöel Frères', 'Noel Freres'],
    ['Ørsted Vind', 'orsted vind'],
    ['Brindle’s', "Brindle's"],
    ["Brindle's", 'Brindle'],
    ["Ozzo's Kitchens Inc.", 'Ozzo’s Kitchens'],
    ['Kel-Tro', 'Kel Tro'],
    ['K.V. Tarn', 'KV Tarn'],
    ['  Brindle   Works ', 'brindle works'],
  ];
  it.each(equal)('%j equals %j', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  const exact: [string, string][] = [
    ['Brindle Corp.', 'brindle'],
    ['AT&T Inc.', 'at and t'],
    ['Dunmore Chase & Co.', 'dunmore chase'],
    ['Group', 'group'],
    ['The Company', 'company'],
    ['Group Inc.', 'group'],
    ['U.S. Ferro', 'us ferro'],
    ['', ''],
  ];
  it.each(exact)('%j → %j', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  const different: [string, string][] = [
    ['Brindle', 'Brindle Works'],
    ['Brindle Motors', 'Brindle Energy'],
    ['Corvan', 'Corvano'],
  ];
  it.each(different)('%j differs from %j', (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });
});

describe('matchEntities', () => {
  const entities = [
    { name: 'Velkor Systems', aliases: ['Velkor', 'VKS'] },
    { name: 'Pardon Freight', aliases: [] },
  ];
  const cases: [string, string[], number[]][] = [
    ['by name', ['Velkor Systems Inc.'], [0]],
    ['by alias', ['VKS'], [0]],
    ['each gold entity at most once', ['Velkor', 'Velkor Systems', 'VKS'], [0, -1, -1]],
    ['no match', ['Velkorp'], [-1]],
    ['two entities', ['Pardon Freight Ltd', 'Velkor'], [1, 0]],
  ];
  it.each(cases)('%s', (_label, names, expected) => {
    expect(matchEntities(names, entities)).toEqual(expected);
  });

  it('keeps as many pairs as possible when an alias is shared', () => {
    // "Nord" is an alias of both; taking the first for "Nord" must not cost "Nord Bank" its match.
    const shared = [
      { name: 'Nord Bank', aliases: ['Nord'] },
      { name: 'Nord Energy', aliases: ['Nord'] },
    ];
    expect(matchEntities(['Nord', 'Nord Bank'], shared)).toEqual([1, 0]);
  });
});

describe('scoreArticle', () => {
  const fullGold = gold({
    id: 'x1',
    companies: [
      { name: 'Velkor Systems', aliases: ['Velkor'] },
      { name: 'Pardon Freight', aliases: [] },
      { name: 'Quillan', aliases: [] },
    ],
    products: [{ name: 'Velkor Nine', aliases: ['V9'], owner: 'Velkor Systems' }],
    relations: [rel('SUPPLIES', 'Pardon Freight', 'Velkor Systems'), rel('COMPETES_WITH', 'Velkor Systems', 'Quillan')],
  });

  const relationCases: [string, unknown[], { supplies: number[]; competes: number[] }][] = [
    [
      'both right, via alias and legal suffix',
      [rel('SUPPLIES', 'Pardon Freight Inc.', 'Velkor'), rel('COMPETES_WITH', 'Velkor', 'Quillan')],
      { supplies: [1, 0, 0], competes: [1, 0, 0] },
    ],
    [
      'SUPPLIES reversed is wrong',
      [rel('SUPPLIES', 'Velkor', 'Pardon Freight')],
      { supplies: [0, 1, 1], competes: [0, 0, 1] },
    ],
    [
      'COMPETES_WITH in either order',
      [rel('COMPETES_WITH', 'Quillan', 'Velkor Systems')],
      { supplies: [0, 0, 1], competes: [1, 0, 0] },
    ],
    [
      'duplicates count once',
      [
        rel('COMPETES_WITH', 'Quillan', 'Velkor Systems'),
        rel('COMPETES_WITH', 'Velkor', 'Quillan'),
        rel('SUPPLIES', 'Velkor', 'Pardon Freight'),
        rel('SUPPLIES', 'Velkor Systems', 'Pardon Freight Ltd'),
      ],
      { supplies: [0, 1, 1], competes: [1, 0, 0] },
    ],
    [
      'wrong type is wrong',
      [rel('COMPETES_WITH', 'Pardon Freight', 'Velkor')],
      { supplies: [0, 0, 1], competes: [0, 1, 1] },
    ],
    [
      'unknown endpoint is a false positive in a full-scope article',
      [rel('SUPPLIES', 'Mystery Mills', 'Velkor')],
      { supplies: [0, 1, 1], competes: [0, 0, 1] },
    ],
    ['OFFERS is ignored', [rel('OFFERS', 'Velkor', 'Velkor Nine')], { supplies: [0, 0, 1], competes: [0, 0, 1] }],
  ];
  it.each(relationCases)('%s', (_label, relations, expected) => {
    const score = scoreArticle(predicted({ id: 'x1', relations }), fullGold);
    const triple = (c: { tp: number; fp: number; fn: number }) => [c.tp, c.fp, c.fn];
    expect({ supplies: triple(score.counts.supplies), competes: triple(score.counts.competes) }).toEqual(expected);
    expect(triple(score.counts.relations)).toEqual(expected.supplies.map((n, i) => n + expected.competes[i]));
  });

  it('scores companies and products with at-most-once matching; owner is not scored', () => {
    const score = scoreArticle(
      predicted({
        id: 'x1',
        companies: [{ name: 'Velkor' }, { name: 'Velkor Systems Inc.' }, { name: 'Quillan' }, { name: 'Tuesday' }],
        products: [{ name: 'V9', owner: 'Quillan' }],
      }),
      fullGold,
    );
    expect(score.counts.companies).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(score.counts.products).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores ended relations apart, by type and endpoints, whatever their status', () => {
    const withEnded = gold({ ...fullGold, ended: [{ ...rel('SUPPLIES', 'Quillan', 'Velkor Systems'), status: 'ended' }] });
    const score = scoreArticle(
      predicted({
        id: 'x1',
        relations: [rel('SUPPLIES', 'Pardon Freight', 'Velkor')],
        ended: [{ ...rel('SUPPLIES', 'Quillan', 'Velkor'), status: 'ending' }, { ...rel('SUPPLIES', 'Pardon Freight', 'Velkor'), status: 'ended' }],
      }),
      withEnded,
    );
    expect(score.counts.ended).toEqual({ tp: 1, fp: 1, fn: 0 });
    // Ended relations are not counted with the current ones.
    expect(score.counts.relations).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('lists missed and spurious relations with their evidence', () => {
    const score = scoreArticle(
      predicted({ id: 'x1', relations: [{ ...rel('SUPPLIES', 'Quillan', 'Velkor'), evidence: 'Quillan ships to Velkor', rule: 'r1' }] }),
      fullGold,
    );
    expect(score.spurious).toEqual([
      { articleId: 'x1', type: 'SUPPLIES', source: 'Quillan', target: 'Velkor', evidence: 'Quillan ships to Velkor', rule: 'r1' },
    ]);
    expect(score.missed.map((r) => [r.type, r.source, r.target])).toEqual([
      ['SUPPLIES', 'Pardon Freight', 'Velkor Systems'],
      ['COMPETES_WITH', 'Velkor Systems', 'Quillan'],
    ]);
  });

  describe('pair scope', () => {
    const pairGold = gold({
      id: 'p1',
      scope: 'pair',
      companies: [
        { name: 'Harlow Rail', aliases: ['the company'] },
        { name: 'Dessa Mining', aliases: [] },
      ],
      relations: [rel('SUPPLIES', 'Harlow Rail', 'Dessa Mining')],
    });
    const cases: [string, unknown[], number[]][] = [
      ['the gold relation is a true positive', [rel('SUPPLIES', 'Harlow Rail', 'Dessa Mining')], [1, 0, 0]],
      ['a missing gold relation is a false negative', [], [0, 0, 1]],
      ['another relation of the pair is a false positive', [rel('COMPETES_WITH', 'Harlow Rail', 'Dessa Mining')], [0, 1, 1]],
      ['reversed direction is a false positive', [rel('SUPPLIES', 'Dessa Mining', 'Harlow Rail')], [0, 1, 1]],
      [
        'relations with other entities are ignored',
        [rel('SUPPLIES', 'Harlow Rail', 'Dessa Mining'), rel('SUPPLIES', 'Omni Steel', 'Dessa Mining'), rel('COMPETES_WITH', 'A', 'B')],
        [1, 0, 0],
      ],
    ];
    it.each(cases)('%s', (_label, relations, expected) => {
      const c = scoreArticle(predicted({ id: 'p1', relations }), pairGold).counts.relations;
      expect([c.tp, c.fp, c.fn]).toEqual(expected);
    });

    it('does not score companies or products', () => {
      const s = scoreArticle(predicted({ id: 'p1', companies: [{ name: 'Omni Steel' }], products: [{ name: 'Widget' }] }), pairGold);
      expect(s.counts.companies).toEqual({ tp: 0, fp: 0, fn: 0 });
      expect(s.counts.products).toEqual({ tp: 0, fp: 0, fn: 0 });
    });

    it('a pair with no relation: any relation between the two is a false positive', () => {
      const none = gold({ ...pairGold, relations: [] });
      const c = scoreArticle(predicted({ id: 'p1', relations: [rel('COMPETES_WITH', 'Dessa Mining', 'Harlow Rail')] }), none).counts;
      expect(c.competes).toEqual({ tp: 0, fp: 1, fn: 0 });
    });
  });
});

describe('prf', () => {
  // 0/0 is 1 only when nothing was there and nothing was predicted; otherwise an empty
  // denominator gives 0, so predicting nothing never earns a free precision of 1.
  const cases: [string, { tp: number; fp: number; fn: number }, [number, number, number]][] = [
    ['nothing at all', { tp: 0, fp: 0, fn: 0 }, [1, 1, 1]],
    ['nothing predicted, something to find', { tp: 0, fp: 0, fn: 3 }, [0, 0, 0]],
    ['predictions, nothing to find', { tp: 0, fp: 2, fn: 0 }, [0, 0, 0]],
    ['all right', { tp: 4, fp: 0, fn: 0 }, [1, 1, 1]],
    ['half and half', { tp: 1, fp: 1, fn: 1 }, [0.5, 0.5, 0.5]],
    ['3 tp, 1 fp, 2 fn', { tp: 3, fp: 1, fn: 2 }, [0.75, 0.6, 2 / 3]],
  ];
  it.each(cases)('%s', (_label, counts, [p, r, f]) => {
    const m = prf(counts);
    expect(m.precision).toBeCloseTo(p, 10);
    expect(m.recall).toBeCloseTo(r, 10);
    expect(m.f1).toBeCloseTo(f, 10);
  });
});

describe('aggregate', () => {
  it('micro-averages: counts are summed over articles before dividing', () => {
    const g1 = gold({ id: 'a', companies: [{ name: 'Alpha' }, { name: 'Beta' }, { name: 'Gamma' }, { name: 'Delta' }] });
    const g2 = gold({ id: 'b', companies: [{ name: 'Epsi' }] });
    const s = aggregate([
      scoreArticle(predicted({ id: 'a', companies: [{ name: 'Alpha' }, { name: 'Beta' }, { name: 'Gamma' }, { name: 'Delta' }] }), g1),
      scoreArticle(predicted({ id: 'b', companies: [{ name: 'Zeta' }] }), g2),
    ]);
    expect(s.counts.companies).toEqual({ tp: 4, fp: 1, fn: 1 });
    expect(s.metrics.companies.precision).toBeCloseTo(0.8, 10);
    expect(s.metrics.companies.recall).toBeCloseTo(0.8, 10);
    // Macro would give (1 + 0) / 2 = 0.5.
    expect(s.metrics.companies.f1).toBeCloseTo(0.8, 10);
    // Articles with no relations anywhere: relations stay at the "nothing at all" 1.
    expect(s.metrics.relations).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.metrics.products).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('ranks the worst articles first and leaves out perfect ones', () => {
    const g = (id: string) => gold({ id, companies: [{ name: 'Alpha' }, { name: 'Beta' }] });
    const scores = [
      scoreArticle(predicted({ id: 'good', companies: [{ name: 'Alpha' }, { name: 'Beta' }] }), g('good')),
      scoreArticle(predicted({ id: 'bad', companies: [{ name: 'Omega' }] }), g('bad')),
      scoreArticle(predicted({ id: 'half', companies: [{ name: 'Alpha' }] }), g('half')),
    ];
    expect(worstArticles(scores, 5).map((a) => a.id)).toEqual(['bad', 'half']);
  });
});

describe('parseJsonl', () => {
  it('reports each bad line with file, line and reason, and keeps the good ones', () => {
    const text = ['{"id":"a","companies":[]}', '', '{"id":', '{"id":"c","relations":[{"type":"OWNS","source":"X","target":"Y"}]}'].join('\n');
    const { rows, errors } = parseJsonl(text, goldLine, 'gold.jsonl');
    expect(rows.map((r) => [r.line, r.value.id])).toEqual([[1, 'a']]);
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      ['gold.jsonl', 3],
      ['gold.jsonl', 4],
    ]);
    expect(errors[0].reason).toMatch(/invalid JSON/);
    expect(errors[1].reason).toMatch(/relations\.0\.type/);
  });
});

describe('loadCorpus', () => {
  it('lists every problem with file and line, in line order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-corpus-'));
    await writeFile(
      join(dir, 'articles.jsonl'),
      ['{"id":"a","text":"Velkor sells to Quillan."}', '{"id":"b"}', '{"id":"a","text":"again"}', '{"id":"c","text":"x"}'].join('\n'),
    );
    await writeFile(join(dir, 'gold.jsonl'), ['{"id":"a"}', '{"id":"z"}'].join('\n'));
    const error = await loadCorpus(dir).then(
      () => undefined,
      (e: Error) => e,
    );
    const lines = error?.message.split('\n').slice(1);
    expect(lines).toEqual([
      `${join(dir, 'articles.jsonl')}:2: text: Invalid input: expected string, received undefined`,
      `${join(dir, 'articles.jsonl')}:3: duplicate id "a"`,
      `${join(dir, 'articles.jsonl')}:4: no gold line for id "c"`,
      `${join(dir, 'gold.jsonl')}:2: no article for id "z"`,
    ]);
  });

  it('reads a consistent corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-corpus-'));
    await writeFile(join(dir, 'articles.jsonl'), '{"id":"a","text":"Velkor sells to Quillan.","title":null}\n');
    await writeFile(join(dir, 'gold.jsonl'), '{"id":"a","companies":[{"name":"Velkor"}],"extra":"kept out of the way"}\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['a']);
    expect(corpus.gold.get('a')).toEqual({ id: 'a', scope: 'full', companies: [{ name: 'Velkor', aliases: [] }], products: [], relations: [], ended: [] });
  });
});
