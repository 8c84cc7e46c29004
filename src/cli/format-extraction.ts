import type { ExtractedRelation, Extraction } from '../extract/types.js';

// `newsgraph extract` for a person: what the article names, and each relation with why it was read (its rule
// and the features that weighed most). `--json` prints the Extraction itself.
//
//   SUPPLIES  Keld Optics → Tarvo Labs  0.80  rule supplies.buys-from
//     features: between:buys, rule:supplies.buys-from
//     "Tarvo Labs buys sensors from Keld Optics."

/** Features shown per relation; the extractor lists them strongest first. */
export const SHOWN_FEATURES = 5;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function relationLines(r: ExtractedRelation): string[] {
  const arrow = r.type === 'COMPETES_WITH' ? '↔' : '→';
  const notes = [
    r.hedged ? 'hedged (not stored)' : '',
    r.status ? r.status : '',
    r.amount != null ? `amount ${r.amount}${r.currency ? ` ${r.currency}` : ''}` : '',
    r.until ? `until ${r.until}` : '',
  ].filter(Boolean);
  const features = r.features ?? [];
  const more = features.length > SHOWN_FEATURES ? `, … ${features.length - SHOWN_FEATURES} more` : '';
  return [
    `  ${r.type}  ${r.source} ${arrow} ${r.target}  ${r.confidence.toFixed(2)}  rule ${r.rule}${notes.length ? `  ${notes.join(', ')}` : ''}`,
    `    features: ${features.length ? features.slice(0, SHOWN_FEATURES).join(', ') + more : '(none named)'}`,
    `    "${r.sentence}"`,
  ];
}

export function formatExtraction(x: Extraction): string {
  const mentions = (n: number) => count(n, 'mention');
  const also = (aliases: string[]) => (aliases.length ? `  (also: ${aliases.join(', ')})` : '');
  const lines = [
    `${x.articleId}: ${count(x.companies.length, 'company', 'companies')}, ${count(x.products.length, 'product')}, ` +
      count(x.relations.length, 'relation'),
  ];
  if (x.companies.length) lines.push('', 'companies', ...x.companies.map((c) => `  ${c.name}${also(c.aliases)}  ${mentions(c.mentions.length)}`));
  if (x.products.length) {
    lines.push('', 'products', ...x.products.map((p) => `  ${p.name}${also(p.aliases)}${p.owner ? `  (maker: ${p.owner})` : ''}  ${mentions(p.mentions.length)}`));
  }
  if (x.relations.length) lines.push('', 'relations', ...x.relations.flatMap(relationLines));
  return lines.join('\n');
}
