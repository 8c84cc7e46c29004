// Products: gazetteer products, plus names the context shows to be products:
// "Acme's new Falcon chip", "its Nimbus platform", model numbers ("X900", "Q7-Pro").
// Owner: the gazetteer owner, else the possessor ("Acme's", "its").
import type { Gazetteer } from './gazetteer.js';
import type { RawMention, SentenceInfo } from './mention.js';
import { PRODUCT_NOUNS } from './data/product-nouns.js';
import { COMPANY_HEADS, LEGAL_SUFFIXES } from './data/suffixes.js';
import { CALENDAR, NON_COMPANY_NAMES, NON_COMPANY_WORDS, STOP_WORDS, TITLES } from './data/stoplists.js';

export interface ProductEntity {
  key: string;
  name: string;
  surfaces: Set<string>;
  owner: string | null;
  mentions: RawMention[];
  confidence: number;
}

// "H100", "MI300X", "A13", "F-150"; not years, quarters, "5G", "COVID-19", "7nm", "G20", nor the amount in "$US316 million".
const MODEL_NUMBER = /^(?=[\p{L}\p{N}-]*\p{N})(?=[\p{L}\p{N}-]*\p{Lu})[\p{L}\p{N}][\p{L}\p{N}-]+$/u;
// Standards that many companies make to are not one maker's product: "HBM3E", "LPDDR5X", "PCIe5".
const STANDARD = /^(?:HBM|DDR|LPDDR|GDDR|PCIe|USB|SATA|NVMe|UFS)\d[\w.]*$/i;
const NOT_MODEL = /^(?:US\d+|[QHG]\d{1,2}|FY\d+|\d+[A-Za-z]{1,3}|COVID-\d+|CO2|B2B|B2C|P2P|M&A|\d+-[A-Za-z]+|[A-Z]{2,}-\d{1,2}|SARS-CoV-\d|MP\d|[A-Z]\d)$/i;
// A model number in a list after a maker's first one: "777", "747-8", "A350"; not a year.
const LISTED_MODEL = /^(?!(?:19|20)\d\d$)(?:\d{2,4}(?:-\d{1,2})?|\p{Lu}{1,3}\d{2,4}[\p{L}\d-]{0,4})$/u;
const ADJ = new Set(['new', 'latest', 'flagship', 'upcoming', 'next-generation', 'next-gen', 'popular', 'own', 'in-house', 'high-end', 'newest', 'first', 'best-selling', 'rival', 'forthcoming']);

// "its Plant 4", "Phase 2": a site or a stage with a number is not a product.
const FACILITY = new Set(['plant', 'plants', 'factory', 'fab', 'site', 'building', 'phase', 'line', 'unit', 'terminal', 'block', 'area', 'campus', 'mine', 'field', 'hall', 'tower', 'gate', 'stage', 'level', 'tier', 'round']);

// Not "AI-enabled" or "GPU-powered": an acronym compounded with a lower-case word describes, it names nothing.
const isProductWord = (t: string, k: string): boolean =>
  (/^\p{Lu}/u.test(t) || (MODEL_NUMBER.test(t) && !NOT_MODEL.test(t))) && !STOP_WORDS.has(k) && !CALENDAR.has(k) && !TITLES.has(k) && !NON_COMPANY_NAMES.has(k) && !NON_COMPANY_WORDS.has(k) && !FACILITY.has(k) && !STANDARD.test(t) && !/^[\p{Lu}\p{N}]+-(?:enabled|powered|based|driven|ready|native|first|focused|led|backed|centric|capable|related|specific)$/u.test(t);

export interface ProductFinding {
  mention: RawMention;
  owner: string | null;
}

export function contextProducts(s: SentenceInfo, i: number): ProductFinding[] {
  const out: ProductFinding[] = [];
  const covered = new Array<boolean>(s.tokens.length).fill(false);
  for (const m of s.mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = true;
  const push = (a: number, b: number, owner: string | null, why: string): void => {
    for (let k = a; k < b; k++) if (covered[k]) return;
    // An all-capitals heading ("ACME MINING CORP:") is not a product name.
    if (b - a > 1 && s.tokens.slice(a, b).every((t) => !/\p{Ll}/u.test(t.text)) && !s.tokens.slice(a, b).some((t) => /\d/.test(t.text))) return;
    const start = s.tokens[a].start;
    const end = s.tokens[b - 1].end;
    for (let k = a; k < b; k++) covered[k] = true;
    out.push({ mention: { kind: 'product', start, end, tokStart: a, tokEnd: b, sentence: i, text: s.text.slice(start - s.start, end - s.start), evidence: [why] }, owner });
  };
  // 1. Possessive: "Acme's (new) Falcon (chip)", "its Nimbus platform".
  for (const m of s.mentions) {
    if (!m.possessive || !m.entity) continue;
    let a = m.kind === 'coref' ? m.tokEnd : m.tokEnd + 1;
    while (a < s.tokens.length && ADJ.has(s.keys[a])) a++;
    let b = a;
    while (b < s.tokens.length && b - a < 4 && (isProductWord(s.tokens[b].text, s.keys[b]) || (b > a && /^\d{1,4}$/.test(s.keys[b]))) && !covered[b]) b++;
    if (b === a) continue;
    const hasDigit = /\d/.test(s.keys.slice(a, b).join(''));
    const mixed = /^\p{Ll}+\p{Lu}/u.test(s.tokens[a].text);
    if (PRODUCT_NOUNS.has(s.keys[b] ?? '') || hasDigit || mixed) push(a, b, m.entity, 'possessive');
  }
  // 2. A known company's name followed by a product word: "Contoso Cloud", "Contoso Falcon 9".
  for (const m of s.mentions) {
    if (m.kind !== 'company' || m.possessive || !m.entity) continue;
    let b = m.tokEnd;
    while (b < s.tokens.length && b - m.tokEnd < 3 && !covered[b] && isProductWord(s.tokens[b].text, s.keys[b]) && !LEGAL_SUFFIXES.has(s.keys[b]) && !COMPANY_HEADS.has(s.keys[b])) b++;
    if (b === m.tokEnd || /^\p{Lu}+s$/u.test(s.tokens[b - 1].text)) continue;
    // Only with a sign of a product: a product noun after it ("Contoso Falcon chips") or a model number ("Contoso F9").
    const words = s.tokens.slice(m.tokEnd, b).map((t) => t.text);
    if (!PRODUCT_NOUNS.has(s.keys[b] ?? '') && !words.some((w) => /\d/.test(w))) continue;
    const start = s.tokens[m.tokStart].start;
    const end = s.tokens[b - 1].end;
    for (let k = m.tokEnd; k < b; k++) covered[k] = true;
    out.push({ mention: { kind: 'product', start, end, tokStart: m.tokStart, tokEnd: b, sentence: i, text: s.text.slice(start - s.start, end - s.start), evidence: ['brand-compound'] }, owner: m.entity });
  }
  // 2b. Model numbers, with the capitalised words in front and a name after: "Radeon X900", "A14 Bionic", "DGX B200".
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k].text;
    if (covered[k] || !MODEL_NUMBER.test(t) || NOT_MODEL.test(t) || STANDARD.test(t) || /^\d+$/.test(t)) continue;
    let a = k;
    while (a > 0 && !covered[a - 1] && isProductWord(s.tokens[a - 1].text, s.keys[a - 1]) && k - a < 2 && a - 1 > 0) a--;
    let b = k + 1;
    while (b < s.tokens.length && b - k <= 2 && !covered[b] && /^\p{Lu}/u.test(s.tokens[b].text) && isProductWord(s.tokens[b].text, s.keys[b]) && !/^\p{Lu}+s$/u.test(s.tokens[b].text) && !PRODUCT_NOUNS.has(s.keys[b]) && !COMPANY_HEADS.has(s.keys[b]) && !LEGAL_SUFFIXES.has(s.keys[b])) b++;
    push(a, b, null, 'model-number');
  }
  // 2c. "Contoso 737, 747-8 and 777": model numbers listed right after a product are products too.
  const named = [...s.mentions.filter((m) => m.kind === 'product').map((mention) => ({ mention, owner: null })), ...out];
  for (const { mention, owner } of named) {
    for (let k = mention.tokEnd; k + 1 < s.tokens.length; ) {
      const next = s.keys[k] === ',' && s.keys[k + 1] === 'and' ? k + 2 : s.keys[k] === ',' || s.keys[k] === 'and' ? k + 1 : -1;
      if (next < 0 || next >= s.tokens.length || covered[next] || !LISTED_MODEL.test(s.tokens[next].text)) break;
      push(next, next + 1, owner, 'listed-model');
      k = next + 1;
    }
  }
  // 2d. "the Falcon, Osprey and Kestrel": names listed with a product, on either side of it, are products too.
  for (const { mention, owner } of [...s.mentions.filter((m) => m.kind === 'product').map((m) => ({ mention: m, owner: null })), ...out]) {
    for (const dir of [1, -1] as const) {
      let edge = dir === 1 ? mention.tokEnd : mention.tokStart - 1;
      for (;;) {
        const glue = listGlue(s, edge, dir);
        if (glue === 0) break;
        const a = edge + dir * glue;
        let b = a;
        // Capitalised words and numbers: "Kestrel", "Kestrel 6".
        const word = (k: number): boolean => !covered[k] && ((/^\p{Lu}/u.test(s.tokens[k].text) && isProductWord(s.tokens[k].text, s.keys[k])) || /^\d{1,4}$/.test(s.keys[k]));
        while (b >= 0 && b < s.tokens.length && Math.abs(b - a) < 4 && word(b)) b += dir;
        if (b === a || /^\d/.test(s.keys[dir === 1 ? a : b + 1])) break;
        // After a comma the run must lead on to another item or end the list: "Kestrel and", "Kestrel,", "Kestrel
        // drones", not "Falcon X1, Contosos best-selling drone"; after "and" the list ends with it.
        const last = /^(?:and|or)$/.test(s.keys[a - 1]);
        if (dir === 1 && !last && !(b >= s.tokens.length || /^[,.;:)]$|^and$|^or$/.test(s.keys[b]) || PRODUCT_NOUNS.has(s.keys[b]))) break;
        if (dir === -1 && !(b < 0 || !/^\p{Lu}/u.test(s.tokens[b].text))) break;
        const [from, to] = dir === 1 ? [a, b] : [b + 1, a + 1];
        push(from, to, owner, 'listed-product');
        edge = dir === 1 ? to : from - 1;
      }
    }
  }
  // 3. "the Nimbus platform", "its Falcon family": capitalised words before a product noun.
  // A capitalised noun is part of a longer name ("the Guided Multiple Launch Rocket System"), not the noun after one;
  // a quote opens the name only when it opens ("the “Falcon” family", not "…,” Daniel Van Roe said").
  const opens = (q: number): boolean => s.tokens[q].end === s.tokens[q + 1]?.start && (q === 0 || s.tokens[q - 1].end < s.tokens[q].start);
  for (let k = 1; k < s.tokens.length; k++) {
    if (!PRODUCT_NOUNS.has(s.keys[k]) || !/^\p{Ll}/u.test(s.tokens[k].text) || covered[k - 1]) continue;
    // "its Vortex and Gale trucks": the names listed before the noun, back to "its" or "the".
    const names: Array<[number, number]> = [];
    for (let end = k; names.length < 4; ) {
      let a = end;
      while (a > 0 && !covered[a - 1] && isProductWord(s.tokens[a - 1].text, s.keys[a - 1]) && end - a < 3) a--;
      if (a === end || a < 1) break;
      names.push([a, end]);
      const glue = listGlue(s, a - 1, -1);
      const det = s.keys[a - 1];
      if (det === 'its' || det === 'the' || (det === '"' && opens(a - 1))) {
        if (!/\p{Lu}{2,}s$/u.test(s.tokens[k - 1].text)) for (const [x, y] of names) push(x, y, null, 'product-noun');
        break;
      }
      if (glue === 0) break;
      end = a - glue;
    }
  }
  // 4. A quoted name before a product noun: the "Falcon" family of models.
  for (let k = 3; k < s.tokens.length; k++) {
    if (!PRODUCT_NOUNS.has(s.keys[k]) || s.keys[k - 1] !== '"') continue;
    let a = k - 2;
    while (a > 0 && s.keys[a - 1] !== '"' && k - a < 5) a--;
    if (s.keys[a - 1] === '"' && a < k - 1 && isProductWord(s.tokens[a].text, s.keys[a])) push(a, k - 1, null, 'quoted');
  }
  // 4b. What a company launches is a product: "Contoso launched Zephyr", "unveiled its new Gust Pro".
  for (let k = 0; k + 1 < s.tokens.length; k++) {
    const v = LAUNCH_VERBS.has(s.keys[k]) ? k + 1 : s.keys[k + 1] === 'out' && ROLL.has(s.keys[k]) ? k + 2 : -1;
    if (v < 0) continue;
    let a = v;
    while (a < s.tokens.length && (ADJ.has(s.keys[a]) || s.keys[a] === 'its' || s.keys[a] === 'the')) a++;
    let b = a;
    while (b < s.tokens.length && b - a < 3 && !covered[b] && /^\p{Lu}/u.test(s.tokens[b].text) && isProductWord(s.tokens[b].text, s.keys[b])) b++;
    // Only where the name plainly ends: not "the Buy with Prime app", not "Contoso Labs".
    const goesOn = NAME_JOINERS.has(s.keys[b] ?? '') && /^\p{Lu}/u.test(s.tokens[b + 1]?.text ?? '') && !CALENDAR.has(s.keys[b + 1]);
    if (b > a && !goesOn && !COMPANY_HEADS.has(s.keys[b - 1]) && !LEGAL_SUFFIXES.has(s.keys[b] ?? '') && !/^\p{Lu}/u.test(s.tokens[b]?.text ?? '')) push(a, b, null, 'launched');
  }
  // 5. A short capitalised name in quotes (not a month alone): the "Harbor Lights" show, 'Quillburger'.
  for (let k = 0; k + 2 < s.tokens.length; k++) {
    const q = s.keys[k];
    if ((q !== '"' && q !== "'") || !opens(k)) continue;
    let b = k + 1;
    while (b < s.tokens.length && b - k <= 4 && !covered[b] && (quotedWord(s.tokens[b].text) || (b > k + 1 && NAME_JOINERS.has(s.keys[b])))) b++;
    const close = /^[,.]$/.test(s.tokens[b]?.text ?? '') ? b + 1 : b;
    if (b > k + 1 && !(b === k + 2 && CALENDAR.has(s.keys[k + 1])) && /^\p{Lu}/u.test(s.tokens[b - 1].text) && s.keys[close] === q && s.tokens[close].start === s.tokens[close - 1].end) push(k + 1, b, null, 'quoted-name');
  }
  return out;
}

const LAUNCH_VERBS = new Set(['launched', 'launches', 'launching', 'introduced', 'introduces', 'unveiled', 'unveils', 'unveiling', 'debuted', 'debuts', 'released', 'releases']);
const ROLL = new Set(['rolled', 'rolls', 'rolling']);
// A capitalised word of a quoted name; not a compound that describes ("GPU-first").
const quotedWord = (t: string): boolean => /^\p{Lu}/u.test(t) && !/-\p{Ll}/u.test(t);
// Small words inside a name: "Tales in Glass", "Buy with Prime".
const NAME_JOINERS = new Set(['in', 'of', 'the', 'and', 'a', 'on', 'to', 'for', 'with']);

/** Tokens of list glue (", ", " and ", ", and ", " or ") from `edge` in direction `dir`; 0 when there is none. */
function listGlue(s: SentenceInfo, edge: number, dir: 1 | -1): number {
  const at = (k: number): string => s.keys[edge + dir * k] ?? '';
  if (at(0) === ',' && (at(1) === 'and' || at(1) === 'or')) return 2;
  if (dir === -1 && (at(0) === 'and' || at(0) === 'or') && at(1) === ',') return 2;
  return at(0) === ',' || at(0) === 'and' || at(0) === 'or' ? 1 : 0;
}

export function gazetteerOwner(g: Gazetteer, m: RawMention): string | null {
  return m.index !== undefined ? g.products[m.index].owner : null;
}
