// What the relation model sees of a candidate pair: the words between the two mentions and the
// one word on each side, the trigger classes between, before and after them, distance, list
// structure, possessives, and which hand-written rules fired for the pair. Feature names are short
// and readable ("b:supply", "cls_b:rivalry", "rule:supplies.supplies-to:fwd") so a person can read
// the model's weights and its reasons.
import type { ExtractedRelation } from './types.js';
import type { PairCandidate } from './pairs.js';
import type { SlotKind, Template } from './template.js';
import { TRIGGERS } from './data/triggers.js';

export interface TemplateToken {
  /** A word, lower case, or a slot marker: "ENT", "PROD", "PRON", "UNK". */
  text: string;
  /** Slot index for a marker, -1 for a word. */
  slot: number;
}

const MARKER = /⟦(\d+)⟧|⟨(\d+)⟩|\b[a-z]+_p(\d+)_|⦅(\d+):[^⦆]*⦆/gu;
const WORD = /'s\b|[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*|[$€£¥%]|[^\s\p{L}\p{N}]/gu;
const MARKER_TEXT: Record<SlotKind, string> = { company: 'ENT', product: 'PROD', pronoun: 'PRON', unknown: 'UNK' };

export function templateTokens(t: Template): TemplateToken[] {
  const out: TemplateToken[] = [];
  const words = (s: string): void => {
    for (const w of s.matchAll(WORD)) out.push({ text: w[0].toLowerCase(), slot: -1 });
  };
  let at = 0;
  for (const m of t.text.matchAll(MARKER)) {
    words(t.text.slice(at, m.index));
    const slot = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    out.push({ text: MARKER_TEXT[t.slots[slot]?.kind ?? 'company'], slot });
    at = (m.index ?? 0) + m[0].length;
  }
  words(t.text.slice(at));
  return out;
}

const stemCache = new Map<string, string>();

/** A crude stem, enough to join "supplies", "supplied" and "supplying"; numbers become 0 (remembered, as trigger classes are). */
export function stem(word: string): string {
  let found = stemCache.get(word);
  if (found === undefined) {
    found = stemOf(word);
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(word, found);
  }
  return found;
}

function stemOf(word: string): string {
  let w = word.replace(/\d/g, '0');
  if (w.length <= 3 || !/^\p{L}+$/u.test(w)) return w;
  if (/ies$|ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

const CLASSES = Object.entries(TRIGGERS).map(([name, entries]) => ({
  name,
  exact: new Set(entries.filter((e) => e.endsWith('$')).map((e) => e.slice(0, -1))),
  prefixes: entries.filter((e) => !e.endsWith('$')),
}));

const classCache = new Map<string, string[]>();

/** Trigger classes of one lower-case word (remembered: the same words come back in every article). */
export function triggerClasses(word: string): string[] {
  let found = classCache.get(word);
  if (!found) {
    found = CLASSES.filter((c) => c.exact.has(word) || c.prefixes.some((p) => word.startsWith(p))).map((c) => c.name);
    if (classCache.size > 100_000) classCache.clear();
    classCache.set(word, found);
  }
  return found;
}

const sentenceCache = new WeakMap<readonly TemplateToken[], string[]>();

/** Trigger classes anywhere in the sentence, computed once for all its pairs. */
function sentenceClasses(tokens: readonly TemplateToken[]): string[] {
  let found = sentenceCache.get(tokens);
  if (!found) {
    found = [...new Set(tokens.flatMap((x) => (x.slot === -1 ? triggerClasses(x.text) : [])))];
    sentenceCache.set(tokens, found);
  }
  return found;
}

const bucket = (n: number): string => (n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+');
const isWord = (t: TemplateToken): boolean => t.slot === -1 && /[\p{L}\p{N}]/u.test(t.text);

/** The rule hits for this pair as features: "rule:<id>:fwd" when the rule reads a → b. */
function ruleFeatures(p: PairCandidate, hits: readonly ExtractedRelation[]): string[] {
  const out: string[] = [];
  for (const h of hits) {
    const fwd = h.source === p.a && h.target === p.b;
    const rev = h.source === p.b && h.target === p.a;
    if (!fwd && !rev) continue;
    const dir = h.type === 'COMPETES_WITH' ? 'sym' : fwd ? 'fwd' : 'rev';
    out.push(`rule:${h.rule}:${dir}`, `rules:${h.type}:${dir}${h.hedged ? ':hedged' : ''}`);
  }
  return out;
}

/**
 * Features of one pair in one sentence. `tokens` is `templateTokens(t)`, shared by all pairs of
 * the sentence; `hits` are the rule matches of the sentence (relations.ts).
 */
/** What the whole article says of the pair's two companies. */
export interface ArticleContext {
  /** The company's industry when the gazetteer knows it. */
  industryOf(key: string): string | undefined;
  /** 1 for the company the article mentions most, 2 for the next, and so on. */
  rankOf(key: string): number;
  /** Words the article uses to describe the company anywhere ("chipmaker Contoso", "Contoso, a cloud provider"). */
  descriptors(key: string): readonly string[];
}

const NO_CONTEXT: ArticleContext = { industryOf: () => undefined, rankOf: () => 99, descriptors: () => [] };
const rank = (n: number): string => (n <= 2 ? String(n) : 'low');

export function pairFeatures(p: PairCandidate, t: Template, tokens: readonly TemplateToken[], hits: readonly ExtractedRelation[], ctx: ArticleContext = NO_CONTEXT): string[] {
  const f = new Set<string>(['bias']);
  // Not how often or how early the article names the pair: the claims of its sentences combine by
  // noisy-or already (claims.ts), and counting them again as features made the model overconfident.
  f.add(`rank_a:${rank(ctx.rankOf(p.a))}`).add(`rank_b:${rank(ctx.rankOf(p.b))}`);
  for (const [side, key] of [['a', p.a], ['b', p.b]]) {
    for (const w of ctx.descriptors(key)) {
      f.add(`d${side}:${stem(w)}`);
      for (const c of triggerClasses(w)) f.add(`cls_d${side}:${c}`);
    }
  }
  const { industryOf } = ctx;
  // What the gazetteer knows of the two: a chipmaker and an automaker, two airlines.
  const [ia, ib] = [industryOf(p.a), industryOf(p.b)];
  if (ia) f.add(`ia:${ia}`);
  if (ib) f.add(`ib:${ib}`);
  if (ia && ib) f.add(ia === ib ? 'same_industry' : `iab:${ia}>${ib}`);
  const posA = tokens.findIndex((x) => x.slot === p.slotA);
  const posB = p.sameList ? posA : tokens.findIndex((x) => x.slot === p.slotB);
  f.add(`ka:${t.slots[p.slotA]?.kind}`).add(`kb:${t.slots[p.slotB]?.kind}`);
  // Words and their classes; around the pair only the classes (and the adjacent word, l1/r1): the
  // words there fitted the training articles better than they carried to unseen ones.
  const add = (prefix: string, list: readonly TemplateToken[], words = true): void => {
    for (const x of list) {
      if (words && x.slot !== -1) f.add(`${prefix}:${x.text}`);
      else if (words && (isWord(x) || /^[,;:()$%"]$/.test(x.text))) f.add(`${prefix}:${stem(x.text)}`);
      if (x.slot === -1) for (const c of triggerClasses(x.text)) f.add(`cls_${prefix}:${c}`);
    }
  };
  if (p.sameList) {
    f.add('list');
    for (const c of sentenceClasses(tokens)) f.add(`list_cls:${c}`);
  } else {
    const between = tokens.slice(posA + 1, posB);
    const words = between.filter(isWord);
    f.add(`d:${bucket(words.length)}`);
    f.add(`ne:${Math.min(2, between.filter((x) => x.text === 'ENT').length)}`);
    const near = between.length <= 16 ? between : [...between.slice(0, 8), ...between.slice(-8)];
    add('b', near);
    if (between.length > 0) f.add(`b1:${stem(between[0].text)}`).add(`bL:${stem(between[between.length - 1].text)}`);
    else f.add('b:none');
    if (near.length <= 10) {
      const stems = near.filter((x) => x.slot !== -1 || isWord(x)).map((x) => (x.slot !== -1 ? x.text : stem(x.text)));
      for (let i = 0; i + 1 < stems.length; i++) f.add(`bb:${stems[i]}_${stems[i + 1]}`);
    }
  }
  add('l', tokens.slice(Math.max(0, posA - 3), posA), false);
  add('r', tokens.slice(posB + 1, posB + 4), false);
  const left = tokens[posA - 1];
  const right = tokens[posB + 1];
  f.add(`l1:${left ? stem(left.text) : '^'}`).add(`r1:${right ? stem(right.text) : '$'}`);
  if (tokens[posA + 1]?.text === "'s") f.add('poss_a');
  if (tokens[posB + 1]?.text === "'s") f.add('poss_b');
  for (const c of sentenceClasses(tokens)) f.add(`cls_s:${c}`);
  for (const r of ruleFeatures(p, hits)) f.add(r);
  return [...f];
}
