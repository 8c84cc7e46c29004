// Capitalised word runs that the gazetteer does not know, with the context
// that says they are companies: "Acme Widgets Inc.", "startup Acme",
// "Acme, a maker of", "Acme's chief executive", "shares of Acme", "Acme said".
import { COMPANY_HEADS, CASE_SENSITIVE_SUFFIXES, LEGAL_SUFFIXES } from './data/suffixes.js';
import { NAME_INTRODUCERS } from './data/descriptors.js';
import { CALENDAR, INSTITUTION_WORDS, NON_COMPANY_NAMES, NON_COMPANY_WORDS, PLACE_WORDS, STOP_WORDS, TITLES } from './data/stoplists.js';
import type { RawMention, SentenceInfo } from './mention.js';
import { isCapitalised } from './tokens.js';
import { COMPANY_CONTEXT } from './rules/company-context.js';
import { isCommonWord, isFirstName } from './lexicon.js';

const DESCRIBING_NOUN = /^(?:[a-z-]*(?:maker|makers|provider|supplier|firm|company|giant|operator|retailer|startup|developer|designer|manufacturer|producer|group|specialist))$/;
// "a 1.1 GW Baltic wind farm": a unit of measure before a name is not part of it.
const UNITS = new Set(['gw', 'mw', 'kw', 'tw', 'gwh', 'mwh', 'kwh', 'twh', 'gbps', 'tbps', 'mbps', 'ghz', 'mhz', 'nm', 'tb', 'gb', 'mb']);
const JOINERS = new Set(['&', 'de', 'of', 'and', 'for', '!']);
const MAX_NAME_TOKENS = 6;

function isNameToken(t: string, k: string): boolean {
  // Not "GPU-first" or "AI-powered": an acronym compounded with a lowercase word is an adjective.
  // "iResearch", "xAI": a lower-case letter or two before capitals starts a name too.
  return (isCapitalised(t) || /^\p{Ll}{1,2}\p{Lu}/u.test(t)) && !CALENDAR.has(k) && !TITLES.has(k) && t !== "'s" && !/^[\p{Lu}\p{N}]+-\p{Ll}/u.test(t);
}

// Legal forms that are ordinary words too.
const GENERIC_SUFFIXES = new Set(['group', 'holdings', 'holding', 'company']);

function isSuffix(t: string, k: string): boolean {
  return LEGAL_SUFFIXES.has(k) && (!CASE_SENSITIVE_SUFFIXES.has(k) || /^\p{Lu}/u.test(t));
}

/** A legal form at `k` or after a comma there ("'s, Inc."), not a word that also follows possessives ("'s Group"). */
function ownSuffixAfter(s: SentenceInfo, k: number): boolean {
  const at = s.keys[k] === ',' ? k + 1 : k;
  return at < s.tokens.length && isSuffix(s.tokens[at].text, s.keys[at]) && !GENERIC_SUFFIXES.has(s.keys[at]);
}

/** The capitalised run from `from` ends in a company head or legal suffix ("Worcester Railroad", "Wesson Corp"). */
function endsAsCompany(s: SentenceInfo, from: number, covered: boolean[]): boolean {
  let k = from;
  while (k < s.tokens.length && !covered[k] && isNameToken(s.tokens[k].text, s.keys[k])) k++;
  return k - from >= 1 && (COMPANY_HEADS.has(s.keys[k - 1]) || isSuffix(s.tokens[k - 1].text, s.keys[k - 1]));
}

/** Runs of capitalised tokens not covered by a gazetteer mention, trimmed of stop words. */
function runs(s: SentenceInfo, covered: boolean[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = s.tokens.length;
  for (let i = 0; i < n; i++) {
    if (covered[i] || !isNameToken(s.tokens[i].text, s.keys[i])) continue;
    let j = i + 1;
    while (j < n && !covered[j]) {
      if (isNameToken(s.tokens[j].text, s.keys[j])) j++;
      // "Harlow Mozambique Area 1 Ltd.": a number inside a name that ends as a company's.
      else if (/^\d{1,4}$/.test(s.keys[j]) && !STOP_WORDS.has(s.keys[j - 1]) && !UNITS.has(s.keys[j + 1] ?? '') && endsAsCompany(s, j + 1, covered)) j++;
      // "Procter & Gamble", "Bank of Somewhere" (only when a capitalised word follows); "and" only after
      // an ordinary word or name and before a run that ends as a company does: "Providence and Worcester
      // Railroad", "Smith and Wesson Corp", but "Fabrikam and Contoso Inc." are two.
      // "Mark Hewson of Contoso Capital": a person's name does not join the company after "of".
      else if (s.keys[j] === 'of' && isFirstName(s.keys[i])) break;
      // "made by Orvel Semiconductor for Quorvane Motors": "for" after a name that ends as a company's starts another.
      else if (s.keys[j] === 'for' && (COMPANY_HEADS.has(s.keys[j - 1]) || isSuffix(s.tokens[j - 1].text, s.keys[j - 1]))) break;
      // "Brandt's, Inc.", "Quillon's Inc.": the "'s" is the name's own when a legal form follows it.
      else if (s.keys[j] === "'s" && ownSuffixAfter(s, j + 1)) j++;
      else if (JOINERS.has(s.keys[j]) && j + 1 < n && !covered[j + 1] && isNameToken(s.tokens[j + 1].text, s.keys[j + 1]) && (s.keys[j] !== 'and' || (j === i + 1 && isCommonWord(s.keys[i]) && endsAsCompany(s, j + 1, covered)))) j += 2;
      else break;
    }
    let a = i;
    let b = j;
    // "Startup Quillpoint raised …", "Chipmaker Quillpoint": a describing word that starts the sentence is not the name.
    while (a === 0 && b - a > 1 && (STOP_WORDS.has(s.keys[a]) || JOINERS.has(s.keys[a]) || NAME_INTRODUCERS.has(s.keys[a]))) a++;
    while (a < b && (STOP_WORDS.has(s.keys[a]) || JOINERS.has(s.keys[a]) || UNITS.has(s.keys[a]))) a++;
    // "Deep-pocketed Acme", "Loss-making Acme": a compound adjective starting the run is not part of the name.
    if (b - a > 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(s.tokens[a].text)) a++;
    // "Investor-backed Acme", "Ohio-based Acme": the name starts after the compound.
    for (let k = b - 1; k > a; k--) if (/-(?:backed|based|owned|led|made|listed|controlled|funded|headquartered|focused)$/.test(s.keys[k - 1])) { a = k; break; }
    while (b > a && (STOP_WORDS.has(s.keys[b - 1]) || JOINERS.has(s.keys[b - 1]))) b--;
    if (b > a && b - a <= MAX_NAME_TOKENS) out.push([a, b]);
    i = j - 1;
  }
  return out;
}

// Context that says "a firm" outright, beside which a place word is part of a name.
const FIRM_CONTEXT = new Set(['appositive', 'comma-suffix', 'ticker', 'ticker-code']);

function nonCompany(s: SentenceInfo, a: number, b: number, evidence: readonly string[]): boolean {
  const keys = s.keys.slice(a, b);
  // "Gujarat State Petroleum Corp", "Union Rail Ltd": a legal form makes it a business whatever words it has,
  // unless they name an institution.
  const legal = b - a >= 2 && isSuffix(s.tokens[b - 1].text, keys[keys.length - 1]) && !GENERIC_SUFFIXES.has(keys[keys.length - 1]);
  if (keys.some((k) => (legal ? INSTITUTION_WORDS : NON_COMPANY_WORDS).has(k))) {
    // "Tessaly Park, a food company": a word of a place's name is part of a firm's when the context says firm.
    const firm = b - a >= 2 && evidence.some((e) => FIRM_CONTEXT.has(e));
    if (!firm || keys.some((k) => NON_COMPANY_WORDS.has(k) && !PLACE_WORDS.includes(k))) return true;
  }
  if (keys.every((k) => NON_COMPANY_NAMES.has(k) || STOP_WORDS.has(k) || isSuffix('X', k))) return true;
  // "DECK.N", "ACME.PK": a ticker with its exchange code.
  if (keys.some((k) => /^[a-z]{1,6}\.[a-z]{1,2}$/.test(k)) && s.tokens.slice(a, b).some((t) => /^[A-Z]{1,6}\.[A-Z]{1,2}$/.test(t.text))) return true;
  // A lone model number ("X900", "HBM3") is a product, not a company.
  return b - a === 1 && /\d/.test(keys[0]) && /\p{L}/u.test(keys[0]);
}

const prevWords = (s: SentenceInfo, a: number, n: number): string =>
  s.keys.slice(Math.max(0, a - n), a).join(' ');

function evidenceFor(s: SentenceInfo, a: number, b: number): string[] {
  const ev: string[] = [];
  const last = s.keys[b - 1];
  const len = b - a;
  if (len >= 2 && isSuffix(s.tokens[b - 1].text, last)) ev.push('suffix');
  // "Contoso Energy", not "Manufacturing Services": some word besides the heads names the company.
  else if (len >= 2 && COMPANY_HEADS.has(last) && s.keys.slice(a, b - 1).some((k) => !COMPANY_HEADS.has(k) && !JOINERS.has(k))) ev.push('head');
  const before2 = prevWords(s, a, 2);
  const before1 = prevWords(s, a, 1);
  // "Hearts & Science", "Marks & Spencer": capitalised words joined by a free-standing ampersand name a firm,
  // even when they are people's names ("Sullivan & Cromwell").
  for (let k = a + 1; k < b - 1; k++) if (s.keys[k] === '&' && s.text[s.tokens[k].start - s.start - 1] === ' ') ev.push('ampersand');
  if (NAME_INTRODUCERS.has(before1) || NAME_INTRODUCERS.has(before2) || /(?:maker|provider|supplier|firm|company|giant|operator|retailer|startup)$/.test(before1)) ev.push('introducer');
  const after = s.text.slice(s.tokens[b - 1].end - s.start, s.tokens[b - 1].end - s.start + 80);
  const beforeText = s.text.slice(Math.max(0, s.tokens[a].start - s.start - 40), s.tokens[a].start - s.start);
  for (const rule of COMPANY_CONTEXT) {
    if ((rule.after && rule.after.test(after)) || (rule.before && rule.before.test(beforeText))) ev.push(rule.reason);
  }
  return ev;
}

export function findCandidates(s: SentenceInfo, sentenceIndex: number, covered: boolean[]): RawMention[] {
  const out: RawMention[] = [];
  for (const [a, b] of runs(s, covered)) {
    const evidence = evidenceFor(s, a, b);
    if (nonCompany(s, a, b, evidence)) continue;
    // "Sensor maker Quillpoint": the first word qualifies a describing noun, it names nothing.
    if (a === 0 && b === 1 && /^\p{Ll}/u.test(s.tokens[1]?.text ?? '') && DESCRIBING_NOUN.test(s.keys[1] ?? '')) continue;
    // "Reportedly, …", "Separately, …": an ordinary word that opens the sentence before a comma.
    if (a === 0 && b === 1 && s.keys[1] === ',' && (isCommonWord(s.keys[0]) || /^\p{Ll}{3,}ly$/u.test(s.keys[0]))) continue;
    // "(Nasdaq: ACME)": an exchange and a ticker.
    if (s.keys[a - 1] === '(' && s.keys[b] === ':') continue;
    const start = s.tokens[a].start;
    // "Acme Robotics Inc." keeps its period.
    const end = s.tokens[b - 1].end + (/^(?:inc|corp|co|ltd|bros|cos)$/.test(s.keys[b - 1]) && s.text[s.tokens[b - 1].end - s.start] === '.' ? 1 : 0);
    out.push({
      kind: 'candidate', start, end, tokStart: a, tokEnd: b, sentence: sentenceIndex,
      text: s.text.slice(start - s.start, end - s.start), evidence, possessive: s.keys[b] === "'s",
    });
  }
  return out;
}

const LIST_GLUE = new Set([',', 'and', 'or']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across']);

/**
 * "BMW, Quorra and Toyota": a name listed among known companies is one of them. Gives weak evidence
 * ("listed") to candidates in a list of at least three names of which one is a known company.
 */
export function markListed(s: SentenceInfo): void {
  const ms = s.mentions;
  let i = 0;
  while (i < ms.length) {
    let j = i + 1;
    while (j < ms.length && listJoined(s, ms[j - 1].tokEnd, ms[j].tokStart)) j++;
    // "Reportedly, Acme, …": the sentence's first word is capitalised whatever it is; "in Leeds, Bury and …" lists places.
    const list = ms.slice(ms[i].tokStart === 0 && s.keys[1] === ',' ? i + 1 : i, j);
    if (list.length >= 3 && list.some((m) => m.kind === 'company') && !PLACE_PREPOSITIONS.has(s.keys[list[0].tokStart - 1])) {
      for (const m of list) if (m.kind === 'candidate' && !m.evidence.length) m.evidence.push('listed');
    }
    i = j;
  }
}

// "chains such as", "rivals like", "carriers, including": a plural noun for companies before a list of names.
const KIND_PLURALS = new Set([...NAME_INTRODUCERS, 'chain', 'partner', 'customer', 'client', 'player'].map((n) => (n.endsWith('y') ? `${n.slice(0, -1)}ies` : `${n}s`)));

/**
 * "grocery chains such as Harlow, Quillpoint and Fred Meyer", "pay-TV giants like Brightwave", "energy companies
 * Harlow and Quillpoint": names listed after a plural noun for companies (and "such as", "like" or "including")
 * are companies, even a person's name when "such as", "like" or "including" says so.
 */
export function markNamedKinds(s: SentenceInfo): void {
  for (let k = 0; k < s.tokens.length - 1; k++) {
    const cue = s.keys[k] === 'such' && s.keys[k + 1] === 'as' ? 2 : s.keys[k] === 'like' || s.keys[k] === 'including' ? 1 : 0;
    // "rivals Harlow and Quillpoint": the list may follow the noun itself.
    const noun = cue === 0 ? s.keys[k] : s.keys[k - 1] === ',' ? s.keys[k - 2] : s.keys[k - 1];
    if (!KIND_PLURALS.has(noun ?? '')) continue;
    let at = s.mentions.findIndex((m) => m.tokStart === k + Math.max(cue, 1));
    while (at >= 0 && at < s.mentions.length) {
      const m = s.mentions[at];
      // Right after the noun the name must still pass the person check: "partners Jane Roe and …".
      const why = cue === 0 ? 'kind-noun' : 'named-kind';
      if (m.kind === 'candidate' && !m.evidence.includes(why)) m.evidence.push(why);
      const next = s.mentions[at + 1];
      at = next && listJoined(s, m.tokEnd, next.tokStart) ? at + 1 : -1;
    }
  }
}

/** Only list punctuation and conjunctions between two mentions: ", ", " and ", ", and ". */
function listJoined(s: SentenceInfo, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!LIST_GLUE.has(s.keys[k])) return false;
  return true;
}
