import type { Article, Extraction, ExtractedCompany, ExtractedProduct } from '../../src/extract/types.js';

// A stand-in extractor for ingest tests, so they test resolution and writing, not NLP. Markup:
//   [[Meta Platforms Inc.|Meta]]  a company (canonical name | aliases)    {{H100}}  a product
// Sentences end at ";" or a newline (names keep their dots). A sentence with two markers states a relation by keyword: "supplies" (first → second), "competes",
// "offers" (company → product); "not" makes it hedged; "@0.9" sets the confidence (default 0.5).

const MARK = /\[\[([^\]]+)\]\]|\{\{([^}]+)\}\}/g;

export function extract(article: Article): Extraction {
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
    const type = /\bsupplies\b/.test(sentence) ? 'SUPPLIES' : /\bcompetes\b/.test(sentence) ? 'COMPETES_WITH' : /\boffers\b/.test(sentence) ? 'OFFERS' : undefined;
    if (!type) continue;
    const confidence = Number(/@(0\.\d+|1(?:\.0)?)/.exec(sentence)?.[1] ?? 0.5);
    relations.push({
      type, source: marks[0]!.name, target: marks[1]!.name, sentence: sentence.trim(), start, end: start + sentence.length,
      confidence, rule: `fake.${type.toLowerCase()}`, hedged: /\bnot\b/.test(sentence) || undefined,
    });
  }
  return { articleId: article.id, text, companies: [...companies.values()], products: [...products.values()], relations };
}
