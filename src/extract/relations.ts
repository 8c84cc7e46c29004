// Runs the relation rules over each sentence template. Every claim keeps its
// sentence, offsets, the rule id and a confidence; hedged claims are kept, flagged.
import type { ExtractedRelation } from './types.js';
import type { RelationRule } from './rules/types.js';
import { SUPPLIES_RULES } from './rules/supplies.js';
import { COMPETES_RULES } from './rules/competes.js';
import { BLOCKERS, HEDGES } from './rules/hedges.js';
import { withoutAppositives, type Template } from './template.js';
import type { SentenceInfo } from './mention.js';

interface CompiledRule extends RelationRule {
  re: RegExp;
}

const SLOT = '⟦\\d+⟧';
// A supplier or either competitor may be a product standing for its maker; a customer may not.
const ANY_SLOT = '[⟦⟨]\\d+[⟧⟩]';
const SLOT_OF: Record<string, string> = { sup: ANY_SLOT, cus: SLOT, a: SLOT, b: SLOT, pair: SLOT, prod: '⟨\\d+⟩' };
const compile = (r: RelationRule): CompiledRule => ({
  ...r,
  re: new RegExp(
    r.match
      .replace(/\{(sup|cus|a|b|pair|prod)\}/g, (_, n: string) => `(?<${n}>${SLOT_OF[n]})`)
      // A short gap does not cross "that": in "Acme chose vendors that supply Contoso", Acme supplies nobody.
      .replace(/\{g\}/g, '(?:(?!\\bthat\\b)[^⟦⟧]){0,40}?')
      .replace(/\{G\}/g, '[^⟦⟧]{0,120}?')
      .replace(/\{np\}/g, '(?:[^\\s⟦⟧]+\\s+){0,5}?'),
    'gi',
  ),
});

// Order matters only for which rule id a duplicate keeps: the first, most specific rule wins.
export const RULES: CompiledRule[] = [...SUPPLIES_RULES, ...COMPETES_RULES].map(compile);

const slotIndex = (marker: string | undefined): number => (marker ? Number(marker.slice(1, -1)) : -1);
const placeholders = (text: string): string => text.replace(/[⟦⟨]\d+[⟧⟩]/g, ' X ');

function hedgedBy(text: string): string | undefined {
  const plain = placeholders(text);
  return HEDGES.find((h) => h.match.test(plain))?.reason;
}

/** Relations between entity keys; the caller turns keys into names. */
export function relationsIn(s: SentenceInfo, t: Template): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  if (t.slots.length === 0 || (t.slots.length === 1 && t.slots[0].entities.length < 2)) return out;
  const seen = new Set<string>();
  const reduced = withoutAppositives(t);
  for (const rule of RULES) for (const tpl of reduced ? [t, reduced] : [t]) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(tpl.text); m; m = rule.re.exec(tpl.text)) {
      rule.re.lastIndex = m.index + 1;
      const g = m.groups ?? {};
      const pairs: Array<[string, string, boolean]> = [];
      const slots = [g.sup ?? g.a, g.cus ?? g.b ?? g.prod].map(slotIndex);
      if (g.pair) {
        const slot = t.slots[slotIndex(g.pair)];
        for (let i = 0; i < slot.entities.length; i++) for (let j = i + 1; j < slot.entities.length; j++) pairs.push([slot.entities[i], slot.entities[j], slot.viaCoref]);
      } else {
        const [x, y] = slots.map((i) => t.slots[i]);
        if (!x || !y) continue;
        const weak = x.viaCoref || y.viaCoref;
        for (const a of x.entities) for (const b of y.entities) pairs.push([a, b, weak]);
      }
      if (BLOCKERS.test(placeholders(m[0]))) continue;
      const hedge = rule.hedgeable ? hedgedBy(m[0]) : undefined;
      for (const [a, b, weak] of pairs) {
        if (a === b) continue;
        const key = `${rule.relation}|${a}|${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let confidence = rule.confidence - (weak ? 0.15 : 0);
        if (hedge) confidence = Math.min(0.3, confidence / 3);
        out.push({
          type: rule.relation, source: a, target: b, sentence: s.text, start: s.start, end: s.end,
          confidence: Math.round(confidence * 100) / 100, rule: rule.reason, ...(hedge ? { hedged: true } : {}),
        });
      }
    }
  }
  return out;
}
