// The side panel: a relationship's evidence (each sentence with the two companies marked, the
// article's title, source, date and link), or the facts of a node, or a short help text.

import { formatDate, h } from './dom.js';
import { highlight } from './highlight.js';
import type { Evidence, GraphNode, Period, Relationship } from './queries.js';

export const verb: Record<Relationship['type'], string> = {
  SUPPLIES: 'supplies',
  COMPETES_WITH: 'competes with',
  OFFERS: 'offers',
};

export interface EdgeItem {
  id: string;
  text: string;
}

export interface SidePanel {
  showHelp(): void;
  /** The help, then every drawn relationship as a button that opens its evidence (the keyboard's way in). */
  showOverview(edges: EdgeItem[], open: (id: string) => void): void;
  showLoading(what: string): void;
  showRelationship(r: Relationship): void;
  /** `added`: how many nodes its expansion drew; null when it was expanded before. */
  showNode(node: GraphNode, added: number | null): void;
  showError(text: string): void;
}

function sentence(e: Evidence, names: string[], testId = 'evidence-sentence'): HTMLElement {
  return h('blockquote', { 'data-testid': testId }, ...highlight(e.sentence, names).map((p) => (p.mark ? h('mark', {}, p.text) : p.text)));
}

function deal(e: Evidence): string | null {
  const parts = [
    e.amount !== null ? `${e.currency ?? ''} ${e.amount.toLocaleString()}`.trim() : null,
    e.until ? `until ${e.until}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

function article(e: Evidence, testId = 'evidence-article'): HTMLElement {
  const a = e.article;
  const title = a.title ?? a.url ?? 'Untitled article';
  return h(
    'p',
    { class: 'source' },
    a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testId }, title) : h('span', { 'data-testid': testId }, title),
    a.source ? h('span', { class: 'muted' }, ` · ${a.source}`) : null,
    a.publishedAt ? h('time', { datetime: a.publishedAt, class: 'muted' }, ` · ${formatDate(a.publishedAt)}`) : null,
  );
}

const statusText: Record<Relationship['status'], string> = { ACTIVE: 'Active', ENDING: 'Ending (its end is announced)', ENDED: 'Ended' };

function periodText(p: Period): string {
  const from = p.from ? formatDate(p.from) : 'unknown start';
  const to = p.to ? formatDate(p.to) : 'still holds';
  return `${from} – ${to}`;
}

/** Each stretch of time it held, with the sentence that opened it and the one that closed it (or announced its end). */
function periods(r: Relationship, names: string[]): HTMLElement | null {
  if (r.type === 'OFFERS' || r.periods.length === 0) return null;
  const claim = (label: string, testId: string, e: Evidence | null) =>
    e ? h('div', { 'data-testid': testId }, h('p', { class: 'muted' }, label), sentence(e, names, 'period-sentence'), article(e, 'period-article')) : null;
  return h(
    'ol',
    { class: 'periods', 'data-testid': 'periods' },
    ...r.periods.map((p) =>
      h('li', { 'data-testid': 'period' }, h('strong', {}, periodText(p)), claim('Opened by', 'period-opening', p.opening), claim(p.to ? 'Closed by' : 'End announced by', 'period-closing', p.closing)),
    ),
  );
}

function expandedText(added: number | null): string {
  if (added === null) return 'Its neighbours are drawn.';
  if (added === 0) return 'No further neighbours with these filters.';
  return `${added} more node${added === 1 ? '' : 's'} drawn around it.`;
}

export function createSidePanel(el: HTMLElement): SidePanel {
  const show = (...children: (Node | string | null)[]) => {
    el.replaceChildren(...children.filter((c): c is Node | string => c !== null));
    el.scrollTop = 0;
  };
  const help = () =>
    h(
      'ul',
      { class: 'help' },
      h('li', {}, 'Search a company to draw its neighbourhood.'),
      h('li', {}, 'Click a company to expand its own neighbours.'),
      h('li', {}, 'Click a relationship to read the sentences behind it.'),
      h('li', {}, 'Switch to "Path" to see how two companies are linked.'),
      h('li', {}, 'The address bar keeps the view: copy it to share.'),
    );
  return {
    showHelp() {
      show(h('h2', {}, 'How to read the graph'), help());
    },
    showOverview(edges, open) {
      const button = (e: EdgeItem) => {
        const b = h('button', { type: 'button', class: 'link', 'data-testid': 'edge-item', 'data-id': e.id }, e.text);
        b.addEventListener('click', () => open(e.id));
        return h('li', {}, b);
      };
      show(
        h('h2', {}, 'How to read the graph'),
        help(),
        h('h2', {}, `Relationships drawn (${edges.length})`),
        h('ul', { class: 'edges', 'data-testid': 'edge-list' }, ...edges.map(button)),
      );
    },
    showLoading(what) {
      show(h('p', { class: 'muted', 'data-testid': 'panel-loading' }, `Loading ${what}…`));
    },
    showError(text) {
      show(h('p', { class: 'error', 'data-testid': 'panel-error' }, text));
    },
    showRelationship(r) {
      const names = [r.source.name, ...r.source.aliases, r.target.name, ...r.target.aliases];
      show(
        h('h2', { 'data-testid': 'relationship-title' }, `${r.source.name} ${verb[r.type]} ${r.target.name}`),
        h(
          'p',
          { class: 'facts' },
          `Confidence ${r.confidence.toFixed(2)} · ${r.evidenceCount} sentence${r.evidenceCount === 1 ? '' : 's'}`,
          r.firstSeen ? ` · seen ${formatDate(r.firstSeen)}${r.lastSeen && r.lastSeen !== r.firstSeen ? ` – ${formatDate(r.lastSeen)}` : ''}` : '',
        ),
        h('p', { class: 'facts', 'data-testid': 'relationship-status' }, statusText[r.status], r.validTo ? ` · until ${formatDate(r.validTo)}` : ''),
        r.type === 'OFFERS' ? null : h('h3', {}, 'When it held'),
        periods(r, names),
        h('h3', {}, 'Evidence'),
        h(
          'ol',
          { class: 'evidence', 'data-testid': 'evidence-list' },
          ...r.evidence.map((e) =>
            h(
              'li',
              { 'data-testid': 'evidence' },
              sentence(e, names),
              deal(e) ? h('p', { class: 'deal' }, deal(e)) : null,
              article(e),
              h('p', { class: 'muted rule' }, `rule ${e.rule} · confidence ${e.confidence.toFixed(2)}`),
            ),
          ),
        ),
        r.evidence.length < r.evidenceCount ? h('p', { class: 'muted' }, `First ${r.evidence.length} of ${r.evidenceCount} shown.`) : null,
      );
    },
    showNode(node, added) {
      const p = node.properties ?? {};
      const aliases = (p.aliases ?? []).filter((a) => a !== node.label);
      show(
        h('h2', { 'data-testid': 'node-title' }, node.label),
        h('p', { class: 'facts' }, node.kind === 'PRODUCT' ? 'Product' : 'Company', ` · ${p.mentionCount ?? 0} mentions`),
        aliases.length > 0 ? h('p', {}, 'Also called: ', aliases.join(', ')) : null,
        p.firstSeen ? h('p', { class: 'muted' }, `In the news ${formatDate(p.firstSeen)} – ${formatDate(p.lastSeen)}`) : null,
        h('p', { class: 'muted', 'data-testid': 'node-expanded' }, expandedText(added)),
      );
    },
  };
}
