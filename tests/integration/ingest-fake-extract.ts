import type { Article, Extraction, ExtractedCompany, ExtractedProduct } from '../../src/extract/types.js';

// A stand-in extractor for ingest tests, so they test resolution and writing, not NLP. Markup:
//   [[Meta Platforms Inc.|Meta]]  a company (canonical name | aliases)    {{H100}}  a product
// Sentences end at ";" or a newline (names keep their dots). A sentence with two markers states a relation by keyword: "supplies" (first → second), "competes",
// "offers" (company → product); "not" makes it hedged; "@0.9" sets the confidence (default 0.5); "no longer" says the
// relation has ended, "will end" that it is ending, "until 2026-01" states its end date.
// Version 2 (ingest-fake-extract-v2.ts) reads "rivals" as COMPETES_WITH too, no longer reads sentences with "maybe",
// defaults to 0.6 and names its features.

const MARK = /\[\[([^\]]+)\]\]|\{\{([^}]+)\}\}/g;

export const EXTRACTOR_VERSION = 'fake-1';

export const extract = fakeExtractor(1);

export function fakeExtractor(version: 1 | 2): (article: Article) => Extraction {
  return (article) => read(article, version);
}

function read(article: Article, version: 1 | 2): Extraction {
  const text = article.text;
  const companies = new Map<string, ExtractedCompany>();
  const products = new Map<string, ExtractedProduct>();
  const relations: Extraction['relations'] = [];
  for (const m of text.matchAll(/[^;\n]+/g)) {
    const sentence = m[0];
    const start = m.index;
    const marks: Array<{ kind: 'company' | 'product'; name: string }> = [];
    for (const k of sentence.matchAll(MARK)) {
      const [name, ...aliases] = (k[1] ?? k[2])!.split('|');
      const mention = { text: name!, start: start + k.index, end: start + k.index + k[0].length };
      if (k[1]) {
        const c = companies.get(name!) ?? { name: name!, aliases: [], mentions: [], confidence: 0.9 };
        c.aliases = [...new Set([...c.aliases, ...aliases])];
        c.mentions.push(mention);
        companies.set(name!, c);
        marks.push({ kind: 'company', name: name! });
      } else {
        const p = products.get(name!) ?? { name: name!, aliases, owner: null, mentions: [], confidence: 0.9 };
        p.mentions.push(mention);
        products.set(name!, p);
        marks.push({ kind: 'product', name: name! });
      }
    }
    if (marks.length !== 2) continue;
    const keyword = /\b(supplies|competes|offers|rivals)\b/.exec(sentence)?.[1];
    const type = keyword === 'supplies' ? 'SUPPLIES' : keyword === 'competes' || (keyword === 'rivals' && version === 2) ? 'COMPETES_WITH' : keyword === 'offers' ? 'OFFERS' : undefined;
    if (!type || (version === 2 && /\bmaybe\b/.test(sentence))) continue;
    const confidence = Number(/@(0\.\d+|1(?:\.0)?)/.exec(sentence)?.[1] ?? (version === 1 ? 0.5 : 0.6));
    relations.push({
      type, source: marks[0]!.name, target: marks[1]!.name, sentence: sentence.trim(), start, end: start + sentence.length,
      confidence, hedged: /\bnot\b/.test(sentence) || undefined,
      ...(/\bno longer\b/.test(sentence) ? { status: 'ended' as const } : /\bwill end\b/.test(sentence) ? { status: 'ending' as const } : {}),
      ...(/\buntil (\d{4}(?:-\d{2}){0,2})\b/.exec(sentence) ? { until: /\buntil (\d{4}(?:-\d{2}){0,2})\b/.exec(sentence)![1] } : {}),
      ...(version === 1 ? { rule: `fake.${type.toLowerCase()}` } : { rule: 'model', features: [`keyword:${keyword}`, `marks:${marks[0]!.kind}-${marks[1]!.kind}`] }),
    });
  }
  return { articleId: article.id, text, companies: [...companies.values()], products: [...products.values()], relations };
}
