// Candidate pairs: every two companies a sentence template links. Lists are first-class: the
// members of one list slot ("⟦0⟧, ⟦1⟧ and ⟦2⟧ are vying for the contract") pair with each other,
// and each member pairs with every company in the other slots ("⟦3⟧ supplies ⟦4⟧, ⟦5⟧ and ⟦6⟧").
// Coreference and appositives have already put "the company" and "its" into slots.
import type { Template } from './template.js';

export interface PairCandidate {
  /** Entity keys; `a` is the one written first. */
  a: string;
  b: string;
  slotA: number;
  slotB: number;
  /** Both members of one list slot. */
  sameList: boolean;
}

/** Bounds the work on one sentence, whatever it holds: at most this many slots take part. */
const MAX_SLOTS = 24;

export function candidatePairs(t: Template, related: (a: string, b: string) => boolean): PairCandidate[] {
  const out: PairCandidate[] = [];
  const slots = t.slots.slice(0, MAX_SLOTS);
  const add = (a: string, b: string, slotA: number, slotB: number): void => {
    if (a !== b && !related(a, b)) out.push({ a, b, slotA, slotB, sameList: slotA === slotB });
  };
  slots.forEach((x, i) => {
    if (x.kind !== 'product') {
      for (let p = 0; p < x.entities.length; p++) for (let q = p + 1; q < x.entities.length; q++) add(x.entities[p], x.entities[q], i, i);
    }
    for (let j = i + 1; j < slots.length; j++) for (const a of x.entities) for (const b of slots[j].entities) add(a, b, i, j);
  });
  return out;
}
