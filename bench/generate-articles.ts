// Synthetic business-news articles for benchmarks (extraction, ingest): deterministic for a
// given seed, invented company and product names, relations stated in varied news phrasing.
// Not a test corpus for quality: the phrasing is regular on purpose, to be cheap to make.
import type { Article } from '../src/extract/types.js';
import { prng } from '../src/random.js';

export { prng };

const onsets = ['br', 'k', 'v', 'z', 'tr', 'm', 'n', 'st', 'qu', 'l', 'd', 'h', 'gr', 'pl', 'x', 'r', 's', 'f', 'cl', 'th'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'y'];
const codas = ['n', 'x', 'r', 'l', 'th', 'm', 'sk', 'nd', 'v', 'q', '', '', ''];
const companySuffixes = ['Inc.', 'Corp.', 'Ltd.', 'Group', 'Holdings', 'plc', 'AG', 'Technologies', 'Systems', 'Energy', 'Logistics', 'Semiconductor', 'Foods', 'Motors', ''];
const productNouns = ['Cloud', 'Engine', 'One', 'Pro', 'X', 'Studio', 'Link', 'Max', 'Edge', 'Drive'];
const goods = ['chips', 'batteries', 'cloud capacity', 'steel', 'sensors', 'software', 'packaging', 'jet engines', 'memory', 'freight services', 'display panels', 'fertiliser'];
const sources = ['Example Wire', 'Daily Ledger', 'Market Courier', 'Trade Journal'];
const people = ['Maria Olsen', 'James Carter', 'Priya Nair', 'Tomas Reyes', 'Aiko Tanaka', 'Lena Fischer'];
const roles = ['chief executive', 'finance chief', 'analyst at a brokerage', 'head of procurement'];

type Pick = <T>(items: readonly T[]) => T;

export interface GeneratedFact {
  type: 'SUPPLIES' | 'COMPETES_WITH' | 'OFFERS';
  source: string;
  target: string;
}

export interface GeneratedArticle {
  article: Article;
  /** What the article states, for checks that want it (a benchmark, not a gold standard). */
  facts: GeneratedFact[];
}

function nameMaker(rand: () => number, pick: Pick) {
  const word = () => {
    const syllables = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(onsets) + pick(vowels) + (i === syllables - 1 ? pick(codas) : '');
    return w[0].toUpperCase() + w.slice(1);
  };
  return {
    company: () => [word(), pick(companySuffixes)].filter(Boolean).join(' '),
    product: () => `${word()} ${pick(productNouns)}`,
  };
}

// Each template states one relation; `s` is the supplier or first rival, `t` the customer or other.
const suppliesTemplates: ((s: string, t: string, g: string, amount: string) => string)[] = [
  (s, t, g) => `${t} buys ${g} from ${s}, according to people familiar with the matter.`,
  (s, t, g, amount) => `${t} signed a ${amount} contract with ${s} for ${g} through 2030.`,
  (s, t, g) => `${s}, a key supplier of ${g} to ${t}, said demand remained strong.`,
  (s, t) => `${s} counts ${t} as its largest customer.`,
  (s, t, g) => `${g[0].toUpperCase() + g.slice(1)} for ${t} are supplied by ${s}.`,
  (s, t, g, amount) => `${t} has committed to an additional ${amount} in spending with ${s}.`,
  (s, t, g) => `${s} will supply ${g} to ${t} under a multi-year agreement announced on Tuesday.`,
];
const competesTemplates: ((a: string, b: string) => string)[] = [
  (a, b) => `${a} competes with ${b} in several markets.`,
  (a, b) => `Analysts see ${a} as the main rival to ${b}.`,
  (a, b) => `${a}'s rival ${b} reported weaker margins last quarter.`,
  (a, b) => `Customers increasingly treat ${a} as an alternative to ${b}.`,
  (a, b) => `${a} is positioning itself as a challenger to ${b}.`,
];
const offersTemplates: ((c: string, p: string) => string)[] = [
  (c, p) => `${c} launched ${p} earlier this year.`,
  (c, p) => `${p}, made by ${c}, has become a best seller among large retailers.`,
  (c, p) => `${c} said sales of ${p} rose sharply.`,
];
const fillers: ((c: string, pick: Pick, n: number) => string)[] = [
  (c, _p, n) => `Shares of ${c} rose ${(n % 9) + 1}.${n % 10} percent in early trading.`,
  (c, p, n) => `"We are seeing demand we have not seen before," said ${p(people)}, ${p(roles)} at ${c}, adding that orders had grown for ${(n % 6) + 2} straight quarters.`,
  (_c, _p, n) => `The market for such products is expected to reach $${(n % 90) + 10} billion by 2029, according to industry estimates.`,
  (c, _p, n) => `${c} employs about ${((n % 40) + 1) * 1000} people and reported revenue of $${(n % 50) + 1}.${n % 10} billion last year.`,
  () => `Regulators have yet to comment on the arrangement, and the terms were not disclosed in full.`,
  (_c, p) => `${p(people)} declined to comment on the talks.`,
];

export function generateArticlesWithFacts(count: number, seed: number): GeneratedArticle[] {
  const rand = prng(seed);
  const pick: Pick = (items) => items[Math.floor(rand() * items.length)];
  const names = nameMaker(rand, pick);
  // A shared pool, so the same companies recur across articles as they do in real news.
  const pool = Array.from({ length: Math.max(20, Math.ceil(count / 2)) }, names.company);
  const result: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const cast = new Set<string>();
    const castSize = 3 + Math.floor(rand() * 4);
    while (cast.size < castSize) cast.add(pick(pool));
    const [lead, other, ...rest] = cast;
    const members = [lead, other, ...rest];
    const facts: GeneratedFact[] = [];
    const paragraphs: string[] = [];
    const paragraphCount = 4 + Math.floor(rand() * 6);
    for (let p = 0; p < paragraphCount; p++) {
      const sentences: string[] = [];
      const sentenceCount = 3 + Math.floor(rand() * 4);
      for (let s = 0; s < sentenceCount; s++) {
        const a = pick(members);
        const b = pick(members.filter((c) => c !== a));
        const roll = rand();
        if (roll < 0.25) {
          const amount = `$${1 + Math.floor(rand() * 40)} ${pick(['million', 'billion'])}`;
          sentences.push(pick(suppliesTemplates)(a, b, pick(goods), amount));
          facts.push({ type: 'SUPPLIES', source: a, target: b });
        } else if (roll < 0.4) {
          sentences.push(pick(competesTemplates)(a, b));
          facts.push({ type: 'COMPETES_WITH', source: a, target: b });
        } else if (roll < 0.5) {
          const product = names.product();
          sentences.push(pick(offersTemplates)(a, product));
          facts.push({ type: 'OFFERS', source: a, target: product });
        } else {
          sentences.push(pick(fillers)(a, pick, Math.floor(rand() * 1000)));
        }
      }
      paragraphs.push(sentences.join(' '));
    }
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    result.push({
      article: {
        id: `gen-${seed}-${i}`,
        title: `${lead} ${pick(['Signs Deal With', 'Steps Up Pressure On', 'Expands Work With', 'Takes On'])} ${other}`,
        url: `https://news.example/${seed}/${i}`,
        source: pick(sources),
        publishedAt: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        text: paragraphs.join('\n\n'),
      },
      facts,
    });
  }
  return result;
}

/** `count` articles, the same for the same `seed`. */
export function generateArticles(count: number, seed: number): Article[] {
  return generateArticlesWithFacts(count, seed).map((g) => g.article);
}
