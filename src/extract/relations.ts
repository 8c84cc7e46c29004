// Runs the hand-written relation rules over each sentence template. Their hits are features of the
// relation model (features.ts: "rule:<id>:fwd"), and a hit that agrees with the model lends the claim
// its rule id and direction (decide.ts); hedged hits are kept, flagged.
import type { ExtractedRelation } from './types.js';
import type { RelationRule } from './rules/types.js';
import { SUPPLIES_RULES } from './rules/supplies.js';
import { COMPETES_RULES } from './rules/competes.js';
import { blocked, HEDGES } from './rules/hedges.js';
import { appositiveRanges, withoutAppositives, type Template } from './template.js';
import type { SentenceInfo } from './mention.js';

interface CompiledRule extends RelationRule {
  re: RegExp;
  /** Parts of `re` every match contains (see requiredParts): a template none of them matches is skipped. */
  needs: RegExp[];
}

// A customer or competitor: a company, a pronoun or an unknown name; a supplier may also be a product standing for its maker.
// A pronoun slot is written as a word ("its_p1_"), so "counts ⟦0⟧ as its_p1_ largest customer" still reads.
const PRONOUN = '\\b[a-z]+_p\\d+_';
const SLOT = `(?:⟦\\d+⟧|${PRONOUN}|⦅\\d+:[^⦆]*⦆)`;
const ANY_SLOT = `(?:[⟦⟨]\\d+[⟧⟩]|${PRONOUN}|⦅\\d+:[^⦆]*⦆)`;
const SLOT_OF: Record<string, string> = { sup: ANY_SLOT, cus: SLOT, a: SLOT, b: SLOT, pair: '(?:⟦\\d+⟧|⦅\\d+:[^⦆]*⦆)', prod: '⟨\\d+⟩' };

// A short gap does not cross "that": in "Acme chose vendors that supply Contoso", Acme supplies nobody.
const SHORT_GAP = '(?:(?!\\bthat\\b)[^⟦⟧]){0,40}?';
const LONG_GAP = '[^⟦⟧]{0,120}?';

/** Where the atom that starts at `start` ends: one character, an escape, a character class or a whole group. */
function atomEnd(source: string, start: number): number {
  let i = start;
  let depth = 0;
  do {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    i++;
  } while (depth > 0 && i < source.length);
  return i;
}

const QUANTIFIER = /^(?:[*+?]|\{\d*,?\d*\})\??/;

/** The top-level pieces of a pattern, each an atom with its quantifier: "\\b", "f", "(?:a|b)", "[^⟦⟧]{0,40}?". */
function topLevel(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; ) {
    let end = atomEnd(source, i);
    end += QUANTIFIER.exec(source.slice(end))?.[0].length ?? 0;
    out.push(source.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * Runs of the pattern's top-level pieces that hold no slot and no gap ("\\bfrom ", "\\b(?:buy|buys|...)\\b"):
 * whatever a match of the whole pattern is, it contains a match of each, so a template where one of them
 * is not found cannot match the rule, and the costly pattern need not run. A pattern with a top-level
 * alternative or a back-reference gets none.
 */
export function requiredParts(source: string): RegExp[] {
  const pieces = topLevel(source);
  if (pieces.includes('|') || source.includes('\\k<')) return [];
  const runs: string[] = [''];
  for (const piece of pieces) {
    const gap = /[*+?}]\?$/.test(piece) || piece.includes(SHORT_GAP) || piece.includes(LONG_GAP);
    if (gap || /^\(\?<[a-z]/.test(piece)) runs.push('');
    else runs[runs.length - 1] += piece;
  }
  // A run that matches the empty string ("^", "(?:the\\s+)?") rules nothing out.
  return runs.map((run) => new RegExp(run, 'i')).filter((part) => !part.test(''));
}

function compile(r: RelationRule): CompiledRule {
  const source = r.match
    .replace(/\{(sup|cus|a|b|pair|prod)\}/g, (_, n: string) => `(?<${n}>${SLOT_OF[n]})`)
    .replace(/\{g\}/g, SHORT_GAP)
    .replace(/\{G\}/g, LONG_GAP)
    .replace(/\{other\}/g, '(?:⟦\\d+⟧|⦅\\d+:[^⦆]*⦆)')
    .replace(/\{np\}/g, '(?:[^\\s⟦⟧]+\\s+){0,5}?')
    .replace(/\{its\}/g, '(?:\\b(?:its|their)(?:\\b|_p\\d+_))');
  return { ...r, re: new RegExp(source, 'gi'), needs: requiredParts(source) };
}

// Order matters only for which rule id a duplicate keeps: the first, most specific rule wins.
export const RULES: CompiledRule[] = [...SUPPLIES_RULES, ...COMPETES_RULES].map(compile);

// More members of the list that ends a match: "clients include ⦅0:Northwind⦆, ⟨1⟩ and ⟦2⟧" names three clients
// even where the template could not join them into one slot. A member must end the list or the clause.
const LIST_TAIL = new RegExp(`^(?:\\s+(?:of|in)\\s+\\p{Lu}[\\w-]*)?(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as well as)\\s+)(?:the\\s+)?(?:[^,;⟦⟧⦅⦆⟨⟩.]{1,40}?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?){0,4}?(${SLOT})(?=\\s*(?:[,.;:)]|$|\\s(?:and|or|as well as|among others|in|on|at|from|to|for)\\b))`, 'u');

function listTail(text: string, end: number): string[] {
  const out: string[] = [];
  for (let at = end, k = 0; k < 30; k++) {
    const m = LIST_TAIL.exec(text.slice(at));
    if (!m) break;
    out.push(m[1]);
    at += m[0].length;
  }
  return out;
}

const slotIndex = (marker: string | undefined): number => (marker ? Number(/\d+/.exec(marker)?.[0] ?? -1) : -1);
// For hedge and blocker words: slots become "X", unknown names and pronouns their own words.
const placeholders = (text: string): string => text.replace(/[⟦⟨]\d+[⟧⟩]|⦅\d+:([^⦆]*)⦆|\b([a-z]+)_p\d+_/g, (_, t?: string, p?: string) => t ?? p ?? ' X ');

function hedgedBy(text: string): string | undefined {
  const plain = placeholders(text);
  return HEDGES.find((h) => h.match.test(plain))?.reason;
}

/**
 * Relations between entity keys; the caller turns keys into names. `related` says two keys are
 * parent and unit ("Amazon", "Amazon Web Services"), which do not supply or rival each other.
 */
export function relationsIn(s: SentenceInfo, t: Template, related: (a: string, b: string) => boolean = () => false): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  if (t.slots.length === 0 || (t.slots.length === 1 && t.slots[0].entities.length < 2)) return out;
  const seen = new Set<string>();
  const reduced = withoutAppositives(t);
  const asides = appositiveRanges(t);
  const templates = reduced ? [t, reduced] : [t];
  for (const rule of RULES) for (const tpl of templates) {
    if (!rule.needs.every((part) => part.test(tpl.text))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(tpl.text); m; m = rule.re.exec(tpl.text)) {
      rule.re.lastIndex = m.index + 1;
      const g = m.groups ?? {};
      // In "⟦0⟧, owned by ⟦1⟧, will supply ⟦2⟧", ⟦1⟧ is not the one that supplies.
      if (tpl === t && asides.some(([a, b]) => m!.index >= a && m!.index < b && m!.index + m![0].length > b)) continue;
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
        const last = g.cus ?? g.b;
        if (last && !g.prod && m[0].endsWith(last)) {
          for (const more of listTail(tpl.text, m.index + m[0].length)) {
            const z = t.slots[slotIndex(more)];
            if (z && z.kind !== 'product') for (const a of x.entities) for (const b of z.entities) pairs.push([a, b, weak || z.viaCoref]);
          }
        }
      }
      if (blocked(placeholders(m[0]))) continue;
      const hedge = rule.hedgeable ? hedgedBy(m[0]) : undefined;
      for (const [a, b, weak] of pairs) {
        if (a === b || related(a, b)) continue;
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
