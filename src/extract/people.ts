// Is a capitalised name a person or a place? compromise's lexicon answers most cases
// for free ("Tim" is a first name, "Taipei" a city); the full tagger runs only on
// two- or three-word names it cannot decide, so most text is never tagged.
import nlp from 'compromise';
import type { RawMention, SentenceInfo } from './mention.js';
import { COMPANY_HEADS, LEGAL_SUFFIXES } from './data/suffixes.js';
import { TITLES } from './data/stoplists.js';
import { keyOf } from './tokens.js';

export interface Spans {
  people: Array<[number, number]>;
  places: Array<[number, number]>;
}

type Offset = { offset: { start: number; length: number } };

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
const tagOf = (w: string): string => String(lexicon[w.toLowerCase()] ?? '');

function tagged(s: SentenceInfo, cache: Map<SentenceInfo, Spans>): Spans {
  let spans = cache.get(s);
  if (spans) return spans;
  spans = { people: [], places: [] };
  try {
    const doc = nlp(s.text);
    const toSpan = (o: Offset): [number, number] => [s.start + o.offset.start, s.start + o.offset.start + o.offset.length];
    spans.people = (doc.people().out('offset') as Offset[]).map(toSpan);
    spans.places = (doc.places().out('offset') as Offset[]).map(toSpan);
  } catch {
    // A sentence compromise cannot tag is treated as naming nobody.
  }
  cache.set(s, spans);
  return spans;
}

/** Words that start a clause about the name, not a description of it: "Contoso, whose chief executive …". */
const RELATIVE = new Set(['whose', 'which', 'who', 'where', 'that', 'and', 'or', 'but', 'said', 'says', 'with']);

const overlaps = (spans: Array<[number, number]>, start: number, end: number): boolean => spans.some(([a, b]) => a < end && start < b);

/**
 * "Ravi Meena, head of sales", "Jane Doe, an analyst at", "Jo Ode, senior forecast analyst", "Al Roe, the
 * chain's director": a title in apposition to the name ending before token `end`, after at most four
 * ordinary lower-case words, names a person.
 */
export function personByApposition(s: SentenceInfo, end: number): boolean {
  if (s.keys[end] !== ',') return false;
  for (let k = end + 1; k < Math.min(s.tokens.length, end + 6); k++) {
    if (TITLES.has(s.keys[k])) return true;
    if (!/^(?:\p{Ll}[\p{Ll}-]*|'s)$/u.test(s.tokens[k].text) || RELATIVE.has(s.keys[k])) return false;
  }
  return false;
}

/** "Elon Musk's xAI", "Harlow Quill's Contoso": a plain two-word name owning a known company is its owner. */
export function ownsCompany(s: SentenceInfo, m: RawMention): boolean {
  const words = m.text.split(/\s+/);
  return words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !COMPANY_HEADS.has(keyOf(words[1])) &&
    s.keys[m.tokEnd] === "'s" && s.mentions.some((x) => x.kind === 'company' && x.tokStart === m.tokEnd + 1);
}

/** True when the name is a person or a place rather than a company. */
export function isPersonOrPlace(s: SentenceInfo, m: RawMention, cache: Map<SentenceInfo, Spans>, lexiconOnly = false): boolean {
  const words = m.text.split(/\s+/).filter(Boolean);
  const last = keyOf(words[words.length - 1] ?? '');
  // "chief executive Nev Power", "CEO Jo Energy": a role right before the name names a person, whatever its last word.
  const before = s.keys[m.tokStart - 1] ?? '';
  if (TITLES.has(before) && before !== 'analyst' && !LEGAL_SUFFIXES.has(last)) return true;
  if (COMPANY_HEADS.has(last) || LEGAL_SUFFIXES.has(last)) return false;
  if (/Organization/.test(tagOf(words[0] ?? ''))) return false;
  if (words.some((w) => /FirstName|MaleName|FemaleName|Honorific/.test(tagOf(w)))) return true;
  if (personByApposition(s, m.tokEnd)) return true;
  if (ownsCompany(s, m)) return true;
  if (TITLES.has(before) || /FirstName|MaleName|FemaleName|Honorific/.test(tagOf(before))) return true;
  if (words.length === 1) return /City|Country|Region|Place|Person|LastName/.test(tagOf(words[0]));
  if (!lexiconOnly && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
    const spans = tagged(s, cache);
    return overlaps(spans.people, m.start, m.end) || overlaps(spans.places, m.start, m.end);
  }
  return false;
}
