// A sentence rewritten for pattern matching. Every mention becomes a numbered slot:
//   ⟦n⟧ a company (or a list of companies: "⟦0⟧, ⟦1⟧ and ⟦2⟧" become one slot holding all three),
//   ⟨n⟩ a product standing for its maker, its_pn_ a pronoun (still a word to the patterns), ⦅n:Text⦆ an unknown
//   capitalised name (its text kept, so "⦅3:Supply Agreement⦆" still reads as a deal).
// "Acme buys chips from Contoso" → "⟦0⟧ buys chips from ⟦1⟧".
// Gaps in rules may cross ⟨⟩, pronoun and ⦅⦆ slots but never a ⟦⟧ one.
import type { RawMention, SentenceInfo } from './mention.js';
import { CANDIDATE_PREFIX } from './promote.js';
import { isPlacePhrase } from './lexicon.js';

export type SlotKind = 'company' | 'product' | 'pronoun' | 'unknown';

export interface Slot {
  entities: string[];
  kind: SlotKind;
  viaCoref: boolean;
}

export interface Template {
  text: string;
  slots: Slot[];
}

const LIST_SEP = /^(?:,\s*|\s+(?:and|or|&)\s+|,\s*(?:and|or)\s+|\s+as well as\s+|\s*\/\s*)$/;
const PRONOUN = /^(?:it|its|it's|they|their)$/i;

function kindOf(m: RawMention, entity: string): SlotKind {
  // A brand with no owner in the article reads like an unknown name.
  if (m.kind === 'product') return entity.startsWith(CANDIDATE_PREFIX) ? 'unknown' : 'product';
  if (m.kind === 'coref' && (PRONOUN.test(m.text) || m.text === '')) return 'pronoun';
  // "the company" standing for an unknown name is a company slot like any other "the company".
  return entity.startsWith(CANDIDATE_PREFIX) && m.kind !== 'coref' ? 'unknown' : 'company';
}

const marker = (i: number, kind: SlotKind, text: string): string =>
  kind === 'company' ? `⟦${i}⟧` : kind === 'product' ? `⟨${i}⟩` : kind === 'pronoun' ? `${text.toLowerCase().replace(/\W/g, '') || 'its'}_p${i}_` : `⦅${i}:${text.replace(/[⦅⦆⟦⟧]/g, '')}⦆`;

const PLACE_POSSESSIVE = /(?<![\p{L}.])((?:\p{Lu}[\p{L}]*\.?\s+)?\p{Lu}[\p{L}.]*?)\.?'s\s+$/u;

// Parentheticals are left out of the template: "Contoso competes with Fabrikam (bought by Initech
// in 2016), Litware and Globex" lists three rivals; "Contoso Ltd (CTSO)" is one name.
const PARENS = /\s*\([^()]{0,200}\)/g;

export function buildTemplate(s: SentenceInfo, productOwner: (m: RawMention) => string | undefined): Template {
  const asides = [...s.text.matchAll(PARENS)].map((p) => [s.start + (p.index ?? 0), s.start + (p.index ?? 0) + p[0].length]);
  // At one start, the longer mention wins: "Contoso X9" (a product of Contoso) over "Contoso".
  const items = [...s.mentions]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m) => !asides.some(([a, b]) => m.start >= a && m.end <= b))
    .map((m) => ({ m, entity: m.entity ?? (m.kind === 'product' ? productOwner(m) : undefined) }))
    .filter((x): x is { m: RawMention; entity: string } => !!x.entity);
  let text = '';
  let at = s.start;
  const slots: Slot[] = [];
  let lastEnd = -1;
  let lastMarkerEnd = -1;
  for (const { m, entity } of items) {
    if (m.start < lastEnd) continue;
    let gap = s.text.slice(at - s.start, m.start - s.start).replace(PARENS, '');
    const prev = slots[slots.length - 1];
    let kind = kindOf(m, entity);
    // "to supply China's ⟦1⟧": the company's country says where it is, not who it is; in "for Elon Musk's ⟦1⟧"
    // the owner's name (kept out of the slots: people.ts, ownsCompany) says who owns it.
    const place = kind !== 'product' ? PLACE_POSSESSIVE.exec(gap) : null;
    const words = place?.[1].split(/\s+/) ?? [];
    if (place && (isPlacePhrase(words) || (kind === 'company' && words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))))) gap = gap.slice(0, place.index);
    // "the Falcon maker" is the company that makes Falcon.
    if (kind === 'product' && /\bthe\s+$/i.test(gap) && /^\s+(?:maker|developer|owner|creator|parent|operator)\b/i.test(s.text.slice(m.end - s.start, m.end - s.start + 12))) kind = 'company';
    const listable = (k: SlotKind): boolean => k === 'company' || k === 'unknown';
    // ", and" joins a list only once it has two members: in "Acme, a rival of Contoso, and Fabrikam" it ends a clause.
    // "Contoso, Acme's rival" is an apposition, not a list: a lone comma before a possessive does not join.
    const joins = prev && lastMarkerEnd === text.length && listable(kind) && listable(prev.kind) && LIST_SEP.test(gap) && (!/^,\s*(?:and|or)\s/.test(gap) || prev.entities.length >= 2) && !(m.possessive && /^,\s*$/.test(gap) && prev.entities.length < 2);
    if (joins) {
      if (!prev.entities.includes(entity)) prev.entities.push(entity);
      if (kind === 'unknown' && prev.kind === 'unknown') {
        // Keep every unknown name's words: "⦅1:Supply and Services Agreement⦆" still reads as a deal.
        text = text.replace(/⦆$/, `${gap}${m.text.replace(/[⦅⦆⟦⟧]/g, '')}⦆`);
        lastMarkerEnd = text.length;
      }
      if (kind === 'company' && prev.kind === 'unknown') {
        // A list with a known company in it is a company slot.
        prev.kind = 'company';
        text = text.replace(/⦅(\d+):[^⦆]*⦆$/, '⟦$1⟧');
        lastMarkerEnd = text.length;
      }
    } else {
      text += gap;
      // An empty mention (the implicit owner of "Rivals ...") still needs a space after it.
      text += marker(slots.length, kind, m.text) + (m.start === m.end ? ' ' : '');
      lastMarkerEnd = text.length;
      slots.push({ entities: m.group ? [...m.group] : [entity], kind, viaCoref: m.kind === 'coref' });
    }
    at = m.end;
    lastEnd = m.end;
  }
  text += s.text.slice(at - s.start).replace(PARENS, '');
  return { text, slots };
}

// "⟦0⟧, owned by ⟦1⟧ and ⟦2⟧, will supply" → "⟦0⟧ will supply": a second reading without
// appositive clauses, so the subject meets its verb ("⟦0⟧ Co., the arm of ⟦1⟧, said" too).
export const APPOSITIVE = /(⟦\d+⟧\.?(?:\s+(?:Co|Corp|Inc|Ltd|LLC|plc|AG|SA|SE|NV)\.?)?),\s+(?:a|an|the|owned|backed|controlled|founded|led|based|part|one|which|who|whose|formerly|along|together|like|unlike)\b[^,;⟦⟧]*(?:⟦\d+⟧[^,;⟦⟧]*)*,\s+/g;

export function withoutAppositives(t: Template): Template | undefined {
  const text = t.text.replace(APPOSITIVE, '$1 ');
  return text === t.text ? undefined : { text, slots: t.slots };
}

/** Ranges of appositive clauses in the template: a match that starts inside one and runs past it reads the wrong subject. */
export function appositiveRanges(t: Template): Array<[number, number]> {
  return [...t.text.matchAll(APPOSITIVE)].map((m) => [(m.index ?? 0) + m[1].length, (m.index ?? 0) + m[0].length]);
}
