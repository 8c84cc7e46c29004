// Matching predicted names to gold entities. A predicted name matches a gold entity when its
// normalised form equals the normalised gold name or one of its aliases.
import { normaliseName } from './normalise.js';

export interface GoldEntity {
  name: string;
  aliases: string[];
}

/** Normalised name → index of the gold entity it denotes; a gold name wins over another's alias. */
export function goldLookup(entities: readonly GoldEntity[]): Map<string, number> {
  const lookup = new Map<string, number>();
  entities.forEach((e, i) => {
    for (const alias of e.aliases) {
      const key = normaliseName(alias);
      if (key !== '' && !lookup.has(key)) lookup.set(key, i);
    }
  });
  const names = new Map<string, number>();
  entities.forEach((e, i) => {
    const key = normaliseName(e.name);
    if (!names.has(key)) names.set(key, i);
  });
  for (const [key, i] of names) lookup.set(key, i);
  return lookup;
}

/**
 * Pairs predicted names with gold entities, each gold entity at most once and each prediction
 * at most once, as many pairs as possible (augmenting paths, so "Meta" taking the only entity
 * "Meta Platforms" could also match does not cost a pair). Returns gold index per prediction, or -1.
 */
export function matchEntities(predicted: readonly string[], gold: readonly GoldEntity[]): number[] {
  const goldKeys = gold.map((g) => ({
    name: normaliseName(g.name),
    aliases: new Set(g.aliases.map(normaliseName)),
  }));
  // Candidates in preference order: gold entities named so first, then those with it as alias.
  const candidates = predicted.map((p) => {
    const key = normaliseName(p);
    const byName: number[] = [];
    const byAlias: number[] = [];
    goldKeys.forEach((g, i) => {
      if (g.name === key) byName.push(i);
      else if (g.aliases.has(key)) byAlias.push(i);
    });
    return [...byName, ...byAlias];
  });
  const goldTakenBy = new Array<number>(gold.length).fill(-1);
  const tryAssign = (p: number, seen: Set<number>): boolean => {
    for (const g of candidates[p]) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (goldTakenBy[g] === -1 || tryAssign(goldTakenBy[g], seen)) {
        goldTakenBy[g] = p;
        return true;
      }
    }
    return false;
  };
  candidates.forEach((c, p) => {
    if (c.length > 0) tryAssign(p, new Set());
  });
  const result = new Array<number>(predicted.length).fill(-1);
  goldTakenBy.forEach((p, g) => {
    if (p !== -1) result[p] = g;
  });
  return result;
}
