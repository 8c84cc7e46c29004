import type { Extraction } from '../../extract/types.js';
import type { EntityInput } from './resolve.js';
import type { EntityLabel } from './types.js';

// What an extraction names, as resolution inputs. A relation end the extractor did not also list as an
// entity (it should, but a claim must not be lost over it) is added with no mentions.

export function entitiesOf(x: Extraction): Array<EntityInput & { mentions: number }> {
  const list = [
    ...x.companies.map((c) => ({ label: 'Company' as const, name: c.name, aliases: c.aliases, mentions: c.mentions.length })),
    ...x.products.map((p) => ({ label: 'Product' as const, name: p.name, aliases: p.aliases, mentions: p.mentions.length })),
  ].filter((e) => e.name.trim() !== '');
  const known = new Set(list.map((e) => `${e.label}:${e.name}`));
  for (const r of x.relations) {
    if (r.hedged) continue;
    const ends: Array<[EntityLabel, string]> = [['Company', r.source], [r.type === 'OFFERS' ? 'Product' : 'Company', r.target]];
    for (const [label, name] of ends) {
      if (name.trim() !== '' && !known.has(`${label}:${name}`)) {
        known.add(`${label}:${name}`);
        list.push({ label, name, aliases: [], mentions: 0 });
      }
    }
  }
  return list;
}
