import { aliasKey, nextFreeId, slugOf } from './alias-key.js';
import type { EntityLabel } from './types.js';

// Cross-article entity resolution (the rule is written out in docs/ingest.md):
//   1. the entity's own name key points at exactly one entity of its label → that entity
//      ("Apple" finds the company created as "Apple Inc.": both have the key "apple");
//   2. no name match, but one of its other aliases is the *name* key of exactly one entity → that entity
//      ("Meta Platforms Inc. (Meta)" finds the company created as "Meta");
//   3. several candidates (a key shared by two companies) → score each by its keys the entity carries plus
//      the other names in the same article that belong to its neighbours; a unique best wins, then a unique
//      candidate whose own name key is the entity's name key;
//   4. otherwise a new entity: id = slug of the name key, "-2", "-3"... when the slug is taken.
// A key that ends up pointing at two entities of one label is flagged (:Alias {ambiguous: true}).

export interface EntityInput {
  label: EntityLabel;
  name: string;
  aliases: string[];
}

export interface AliasLink {
  key: string;
  id: string;
  label: EntityLabel;
  name: string;
}

export interface Resolved {
  id: string;
  label: EntityLabel;
  name: string;
  created: boolean;
  /** Set when rule 3 applied: the key that was ambiguous and the candidates it had. */
  ambiguity?: { key: string; candidates: string[] };
}

export interface ResolverLookups {
  links(keys: string[]): Promise<AliasLink[]>;
  /** For each candidate: how many entities linked to it carry one of `keys`. */
  context(ids: string[], label: EntityLabel, keys: string[]): Promise<Map<string, number>>;
  /** For each slug: the ids in use that equal it or extend it ("nvidia", "nvidia-2"). */
  takenIds(label: EntityLabel, slugs: string[]): Promise<Map<string, Set<string>>>;
}

export interface AliasRow {
  key: string;
  text: string;
  id: string;
  label: EntityLabel;
}

export function keysOf(e: EntityInput): { nameKey: string; keys: Map<string, string> } {
  const nameKey = aliasKey(e.name);
  const keys = new Map<string, string>([[nameKey, e.name.trim()]]);
  for (const a of e.aliases) {
    const k = aliasKey(a);
    if (k && !keys.has(k)) keys.set(k, a.trim());
  }
  return { nameKey, keys };
}

/** Resolves the entities of a batch of articles, one article after the other, remembering its own decisions. */
export class BatchResolver {
  private readonly links = new Map<string, AliasLink[]>();
  private readonly fetched = new Set<string>();
  private readonly createdIds = new Set<string>();
  private readonly taken = new Map<string, Set<string>>();
  /** Alias links to write: those this batch added, not the ones already stored. */
  readonly aliasRows: AliasRow[] = [];

  constructor(private readonly lookups: ResolverLookups) {}

  /** Loads the links of every key of the batch in one round trip. */
  async prefetch(entities: Iterable<EntityInput>): Promise<void> {
    const wanted = new Set<string>();
    for (const e of entities) for (const k of keysOf(e).keys.keys()) if (!this.fetched.has(k)) wanted.add(k);
    if (wanted.size === 0) return;
    const found = await this.lookups.links([...wanted]);
    for (const k of wanted) this.fetched.add(k);
    for (const link of found) this.addLink(link);
    // Ids a new entity might take, fetched for the whole batch rather than one query per new entity.
    const slugs = { Company: new Set<string>(), Product: new Set<string>() };
    for (const e of entities) slugs[e.label].add(slugOf(aliasKey(e.name)));
    for (const label of ['Company', 'Product'] as const) await this.fetchTaken(label, [...slugs[label]]);
  }

  private async fetchTaken(label: EntityLabel, slugs: string[]): Promise<void> {
    const wanted = slugs.filter((s) => !this.taken.has(`${label}:${s}`));
    if (wanted.length === 0) return;
    const found = await this.lookups.takenIds(label, wanted);
    for (const s of wanted) this.taken.set(`${label}:${s}`, found.get(s) ?? new Set());
  }

  async resolveArticle(entities: EntityInput[]): Promise<Resolved[]> {
    await this.prefetch(entities);
    const perEntity = entities.map(keysOf);
    const out: Resolved[] = [];
    for (const [i, e] of entities.entries()) {
      const { nameKey, keys } = perEntity[i]!;
      const others = perEntity.flatMap((p, j) => (j === i ? [] : [...p.keys.keys()])).filter((k) => !keys.has(k));
      const resolved = await this.resolveOne(e, nameKey, keys, others);
      // Only links not stored yet are written: a company named in every article costs nothing here.
      for (const [key, text] of keys) {
        if (this.addLink({ key, id: resolved.id, label: e.label, name: resolved.name })) {
          this.aliasRows.push({ key, text, id: resolved.id, label: e.label });
        }
      }
      out.push(resolved);
    }
    return out;
  }

  private linksOf(key: string, label: EntityLabel): AliasLink[] {
    return (this.links.get(key) ?? []).filter((l) => l.label === label);
  }

  /** True when the link was not known yet. */
  private addLink(link: AliasLink): boolean {
    const list = this.links.get(link.key) ?? [];
    const isNew = !list.some((l) => l.id === link.id && l.label === link.label);
    if (isNew) list.push(link);
    this.links.set(link.key, list);
    return isNew;
  }

  private async resolveOne(e: EntityInput, nameKey: string, keys: Map<string, string>, others: string[]): Promise<Resolved> {
    const byName = this.linksOf(nameKey, e.label);
    if (byName.length === 1) return { ...pick(byName[0]!), created: false };
    let candidates = byName;
    if (candidates.length === 0) {
      const byAlias = new Map<string, AliasLink>();
      for (const k of keys.keys()) {
        if (k === nameKey) continue;
        for (const l of this.linksOf(k, e.label)) if (aliasKey(l.name) === k) byAlias.set(l.id, l);
      }
      candidates = [...byAlias.values()];
      if (candidates.length === 1) return { ...pick(candidates[0]!), created: false };
    }
    if (candidates.length === 0) return this.create(e, nameKey, false);

    const ambiguity = { key: nameKey, candidates: candidates.map((c) => c.id).sort() };
    const context = await this.lookups.context(ambiguity.candidates, e.label, others);
    const scored = candidates.map((c) => ({
      link: c,
      score: [...keys.keys()].filter((k) => this.linksOf(k, e.label).some((l) => l.id === c.id)).length + (context.get(c.id) ?? 0),
    }));
    const best = Math.max(...scored.map((s) => s.score));
    const top = scored.filter((s) => s.score === best);
    if (top.length === 1) return { ...pick(top[0]!.link), created: false, ambiguity };
    const exact = top.filter((s) => aliasKey(s.link.name) === nameKey);
    if (exact.length === 1) return { ...pick(exact[0]!.link), created: false, ambiguity };
    return { ...(await this.create(e, nameKey, true)), ambiguity };
  }

  private async create(e: EntityInput, nameKey: string, mustDiffer: boolean): Promise<Resolved> {
    const slug = slugOf(nameKey);
    await this.fetchTaken(e.label, [slug]);
    const taken = new Set(this.taken.get(`${e.label}:${slug}`));
    for (const id of this.createdIds) if (id.startsWith(`${e.label}:`)) taken.add(id.slice(e.label.length + 1));
    if (!mustDiffer && taken.has(slug)) {
      // Another ingester may have committed this entity since the prefetch: look again before stepping aside.
      const fresh = (await this.lookups.links([nameKey])).filter((l) => l.label === e.label);
      for (const link of fresh) this.addLink(link);
      if (fresh.length === 1) return { ...pick(fresh[0]!), created: false };
    }
    // A slug taken by an entity that none of our keys point at is a different entity: step aside. When it is
    // not taken yet but a concurrent ingester is creating it right now, MERGE on the same id meets its node.
    const id = mustDiffer || taken.has(slug) ? nextFreeId(slug, taken) : slug;
    this.createdIds.add(`${e.label}:${id}`);
    return { id, label: e.label, name: e.name.trim(), created: true };
  }
}

function pick(l: AliasLink): Omit<Resolved, 'created'> {
  return { id: l.id, label: l.label, name: l.name };
}
