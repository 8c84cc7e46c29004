// The readable eval report: a P/R/F1 table, the worst articles, missed and spurious relations.
import { categories, type Category } from './metrics.js';
import { worstArticles, type CorpusScore, type RelationRecord } from './score.js';

const labels: Record<Category, string> = {
  companies: 'companies',
  products: 'products',
  supplies: 'SUPPLIES',
  competes: 'COMPETES_WITH',
  relations: 'relations (all)',
  ended: 'ended or ending',
};

const fixed = (x: number) => x.toFixed(3);

export function formatTable(score: CorpusScore): string {
  const head = ['', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn'];
  const rows = categories.map((c) => {
    const m = score.metrics[c];
    const n = score.counts[c];
    // Nothing scored (companies in a pair-scoped corpus): the 1.0 of prf() would read as a result.
    const figures = n.tp + n.fp + n.fn === 0 ? ['–', '–', '–'] : [fixed(m.precision), fixed(m.recall), fixed(m.f1)];
    return [labels[c], ...figures, String(n.tp), String(n.fp), String(n.fn)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const table = [line(head), ...rows.map(line)];
  if (rows.some((r) => r[1] === '–')) table.push('(– : nothing to score there in this corpus)');
  return table.join('\n');
}

const clip = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function formatRelation(r: RelationRecord): string {
  const arrow = r.type === 'SUPPLIES' ? '→' : '↔';
  const rule = r.rule ? ` [${r.rule}]` : '';
  const evidence = r.evidence ? `\n      "${clip(r.evidence)}"` : '';
  return `  ${r.articleId}: ${r.source} ${arrow} ${r.target} (${r.type})${rule}${evidence}`;
}

export interface ReportOptions {
  worst?: number;
  /** Most missed and most spurious relations listed; big corpora have thousands. */
  maxRelations?: number;
}

export function formatReport(score: CorpusScore, { worst = 5, maxRelations = 50 }: ReportOptions = {}): string {
  const parts = [formatTable(score), ''];
  const worstList = worstArticles(score.articles, worst);
  parts.push(`Worst ${worstList.length} article(s) (F1 over companies, products and relations):`);
  const idWidth = Math.max(0, ...worstList.map((a) => a.id.length));
  for (const a of worstList) {
    const c = a.counts;
    parts.push(
      `  ${a.id.padEnd(idWidth)}  F1 ${fixed(a.f1)}  companies ${c.companies.tp}/${c.companies.fp}/${c.companies.fn}` +
        `  products ${c.products.tp}/${c.products.fp}/${c.products.fn}` +
        `  relations ${c.relations.tp}/${c.relations.fp}/${c.relations.fn}  (tp/fp/fn)`,
    );
  }
  const section = (title: string, records: RelationRecord[]) => {
    parts.push('', `${title} (${records.length}):`);
    for (const r of records.slice(0, maxRelations)) parts.push(formatRelation(r));
    if (records.length > maxRelations) parts.push(`  … and ${records.length - maxRelations} more (use --all to list them)`);
  };
  section('Missed relations', score.articles.flatMap((a) => a.missed));
  section('Spurious relations', score.articles.flatMap((a) => a.spurious));
  if (score.counts.ended.tp + score.counts.ended.fp + score.counts.ended.fn > 0) {
    section('Missed ended or ending relations', score.articles.flatMap((a) => a.ended.missed));
    section('Spurious ended or ending relations', score.articles.flatMap((a) => a.ended.spurious));
  }
  return parts.join('\n');
}
