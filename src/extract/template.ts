// A sentence rewritten for pattern matching: every company mention (and every
// product whose maker is known, standing for its maker) becomes a slot "⟦n⟧",
// and lists "⟦0⟧, ⟦1⟧ and ⟦2⟧" become one slot holding all three.
// "Acme buys chips from Contoso's unit" → "⟦0⟧ buys chips from ⟦1⟧'s unit";
// "Acme ships the Falcon X1 to Contoso" → "⟦0⟧ ships the ⟨1⟩ to ⟦2⟧" (⟨⟩: a product, standing for its maker).
import type { RawMention, SentenceInfo } from './mention.js';

export interface Slot {
  entities: string[];
  /** Offsets of the slot in the template. */
  from: number;
  to: number;
  /** A product standing for its maker ("Nvidia chips" style) or a pronoun/description. */
  viaProduct: boolean;
  viaCoref: boolean;
}

export interface Template {
  text: string;
  slots: Slot[];
}

const LIST_SEP = /^(?:,\s*|\s+(?:and|or|&)\s+|,\s*(?:and|or)\s+|\s+as well as\s+|\s*\/\s*)$/;

export function buildTemplate(s: SentenceInfo, productOwner: (m: RawMention) => string | undefined): Template {
  const items = s.mentions
    .map((m) => ({ m, entity: m.entity ?? (m.kind === 'product' ? productOwner(m) : undefined) }))
    .filter((x): x is { m: RawMention; entity: string } => !!x.entity);
  let text = '';
  let at = s.start;
  const slots: Slot[] = [];
  let lastEnd = -1;
  for (const { m, entity } of items) {
    if (m.start < lastEnd) continue;
    const gap = s.text.slice(at - s.start, m.start - s.start);
    const prev = slots[slots.length - 1];
    const viaProduct = m.kind === 'product';
    if (prev && prev.to === text.length && LIST_SEP.test(gap) && !viaProduct && !prev.viaProduct) {
      // Extend the list slot: "Apple, Dell and HP".
      if (!prev.entities.includes(entity)) prev.entities.push(entity);
    } else {
      text += gap;
      // Products get their own brackets: gaps in rules may cross them, customer slots may not.
      const marker = viaProduct ? `⟨${slots.length}⟩` : `⟦${slots.length}⟧`;
      slots.push({ entities: [entity], from: text.length, to: text.length + marker.length, viaProduct, viaCoref: m.kind === 'coref' });
      text += marker;
    }
    at = m.end;
    lastEnd = m.end;
  }
  text += s.text.slice(at - s.start);
  return { text, slots };
}

// "⟦0⟧, owned by ⟦1⟧ and ⟦2⟧, will supply" → "⟦0⟧ will supply": a second reading without
// appositive clauses, so the subject meets its verb.
const APPOSITIVE = /(⟦\d+⟧),\s+(?:a|an|the|owned|backed|controlled|founded|led|based|part|one|which|who|whose|formerly|along|together|like|unlike)\b[^,;⟦⟧]*(?:⟦\d+⟧[^,;⟦⟧]*)*,\s+/g;

export function withoutAppositives(t: Template): Template | undefined {
  const text = t.text.replace(APPOSITIVE, '$1 ');
  return text === t.text ? undefined : { text, slots: t.slots };
}
