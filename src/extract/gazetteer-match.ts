// Gazetteer lookup over one sentence's tokens, longest match first, then a case check:
// "Apple" matches, "apple" does not; "NVIDIA" and "SK Hynix" match "Nvidia" and "SK hynix".
import { lookupAt, type Gazetteer, type TrieHit } from './gazetteer.js';
import type { RawMention, SentenceInfo } from './mention.js';
import { isWord } from './tokens.js';
import { isFunctionOrVerb } from './lexicon.js';
import { LEGAL_SUFFIXES } from './data/suffixes.js';

/** A model number: a few capitals, then digits, then at most a few letters ("GB200", "S24", "X1", "MI300X"). */
const MODEL = /^\p{Lu}{1,4}\d{1,4}\p{L}{0,3}$/u;

const PRODUCT_TIERS = new Set(['pro', 'max', 'plus', 'ultra', 'mini', 'air', 'lite', 'se', 'xl', 'xr', 'edge', 'neo', 'turbo', 'classic', 'fold', 'flip', 'hybrid', 'ev', 'sport', 'premium']);

// Keys already match case-insensitively; what matters is the first letter:
// "GrubHub", "NVIDIA", "SK Hynix" are fine, "apple" and "target" are words. An acronym is written
// in capitals: "SWISS" the airline is not "Swiss" the adjective.
function tokenCaseOk(text: string, gaz: string): boolean {
  if (text === gaz) return true;
  if (/^\p{Lu}{2,}$/u.test(gaz)) return text.toUpperCase() === text;
  if (/^\p{Lu}/u.test(gaz)) return /^[\p{Lu}\p{N}]/u.test(text) && (text.length > 1 || text === gaz);
  if (/^\p{Ll}/u.test(gaz)) return /^\p{Lu}/u.test(text) || text === gaz;
  return text.replace(/\./g, '') === gaz.replace(/\./g, '');
}

function caseOk(s: SentenceInfo, i: number, hit: TrieHit): boolean {
  // The first word decides; later ones may differ ("SK hynix" for "SK Hynix").
  if (!tokenCaseOk(s.tokens[i].text, hit.tokens[0])) return false;
  if (hit.tokens.length === 1 || !/^[\p{Lu}\p{N}]/u.test(s.tokens[i].text)) for (let k = 1; k < hit.tokens.length; k++) if (!tokenCaseOk(s.tokens[i + k].text, hit.tokens[k])) return false;
  return /[\p{Lu}\p{N}]/u.test(hit.tokens.join(''));
}

/** A one-word name that is also an ordinary word ("Target", "Next") is not trusted as a sentence's first word. */
function ambiguousAtStart(s: SentenceInfo, i: number, len: number): boolean {
  if (len !== 1) return false;
  const first = s.tokens.findIndex((t) => isWord(t.text));
  if (i !== first) return false;
  const next = s.keys[i + 1];
  return isFunctionOrVerb(s.keys[i]) && !/^(?:'s|said|says|is|was|has|had|will|would|reported|announced|plans|expects|shares)$/.test(next ?? '');
}

function pick(g: Gazetteer, hits: TrieHit[], surface: string): TrieHit {
  // "Facebook" as a product of Meta beats "Facebook" as an old alias of Meta.
  const company = hits.find((h) => h.kind === 'company');
  const product = hits.find((h) => h.kind === 'product');
  if (!company || !product) return (company ?? product)!;
  const cname = g.companies[company.index].name;
  const pname = g.products[product.index].name;
  return cname.toLowerCase() !== surface.toLowerCase() && pname.toLowerCase() === surface.toLowerCase() ? product : company;
}

export function matchGazetteer(g: Gazetteer, s: SentenceInfo, sentenceIndex: number): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!isWord(s.tokens[i].text)) continue;
    const options = lookupAt(g, s.keys, i);
    // "MacBooks" is the plural of a known product.
    if (!options.length && s.keys[i].length > 4 && s.keys[i].endsWith('s')) {
      const singular = lookupAt(g, [s.keys[i].slice(0, -1)], 0).filter(([, hits]) => hits.some((h) => h.kind === 'product'));
      options.push(...singular.map(([n, hits]): [number, TrieHit[]] => [n, hits.filter((h) => h.kind === 'product').map((h) => ({ ...h, tokens: [h.tokens[0] + 's'] }))]));
    }
    for (const [found, hits] of options) {
      let len = found;
      const ok = hits.filter((h) => caseOk(s, i, h));
      if (!ok.length || ambiguousAtStart(s, i, len)) continue;
      // "(Nasdaq: ACME)" names an exchange, not a company of the story.
      if (s.keys[i - 1] === '(' && s.keys[i + len] === ':') continue;
      const start = s.tokens[i].start;
      let last = i + len - 1;
      // "Panasonic Corp", "Nokia Oyj": a legal suffix after a known name belongs to it.
      while (ok.some((h) => h.kind === 'company') && last + 1 < s.tokens.length && LEGAL_SUFFIXES.has(s.keys[last + 1]) && /^\p{Lu}/u.test(s.tokens[last + 1].text) ) last++;
      // "iPhone 15 Pro Max", "Galaxy S24", "DGX GB200": model numbers and tier words after a known product are part of it.
      while (ok.every((h) => h.kind === 'product') && last + 1 < s.tokens.length && (PRODUCT_TIERS.has(s.keys[last + 1]) || /^\d{1,4}[a-z]?$/.test(s.keys[last + 1]) || MODEL.test(s.tokens[last + 1].text)) && /^[\p{Lu}\p{N}]/u.test(s.tokens[last + 1].text)) last++;
      len = last - i + 1;
      const end = s.tokens[last].end;
      const text = s.text.slice(start - s.start, end - s.start);
      const hit = pick(g, ok, text);
      out.push({ kind: hit.kind, index: hit.index, start, end, tokStart: i, tokEnd: i + len, sentence: sentenceIndex, text, evidence: ['gazetteer'], possessive: s.keys[i + len] === "'s" });
      // "Airbus A350" names Airbus too.
      if (hit.kind === 'product' && len > 1) {
        const maker = lookupAt(g, s.keys.slice(0, i + len - 1), i).flatMap(([n, hs]) => hs.filter((h) => h.kind === 'company' && caseOk(s, i, h)).map((h) => [n, h] as const))[0];
        if (maker) out.push({ kind: 'company', index: maker[1].index, start, end: s.tokens[i + maker[0] - 1].end, tokStart: i, tokEnd: i + maker[0], sentence: sentenceIndex, text: s.text.slice(start - s.start, s.tokens[i + maker[0] - 1].end - s.start), evidence: ['gazetteer'] });
      }
      i += len - 1;
      break;
    }
  }
  return out;
}
