// The side panel: a relationship's evidence (each sentence with the two companies marked, the
// article's title, source, date and link), or the facts of a node, or a short help text.

import { formatDate, h } from './dom.js';
import { highlight } from './highlight.js';
import type { Evidence, GraphNode, Relationship } from './queries.js';

const verb: Record<Relationship['type'], string> = {
  SUPPLIES: 'supplies',
  COMPETES_WITH: 'competes with',
  OFFERS: 'offers',
};

export interface SidePanel {
  showHelp(): void;
  showLoading(what: string): void;
  showRelationship(r: Relationship): void;
  showNode(node: GraphNode, drawnNeighbours: number): void;
  showError(text: string): void;
}

function sentence(e: Evidence, names: string[]): HTMLElement {
  return h('blockquote', { 'data-testid': 'evidence-sentence' }, ...highlight(e.sentence, names).map((p) => (p.mark ? h('mark', {}, p.text) : p.text)));
}

function deal(e: Evidence): string | null {
  const parts = [
    e.amount !== null ? `${e.currency ?? ''} ${e.amount.toLocaleString()}`.trim() : null,
    e.until ? `until ${e.until}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

function article(e: Evidence): HTMLElement {
  const a = e.article;
  const title = a.title ?? a.url ?? 'Untitled article';
  return h(
    'p',
    { class: 'source' },
    a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'evidence-article' }, title) : h('span', { 'data-testid': 'evidence-article' }, title),
    a.source ? h('span', { class: 'muted' }, ` · ${a.source}`) : null,
    a.publishedAt ? h('time', { datetime: a.publishedAt, class: 'muted' }, ` · ${formatDate(a.publishedAt)}`) : null,
  );
}

export function createSidePanel(el: HTMLElement): SidePanel {
  const show = (...children: (Node | string | null)[]) => {
    el.replaceChildren(...children.filter((c): c is Node | string => c !== null));
    el.scrollTop = 0;
  };
  return {
    showHelp() {
      show(
        h('h2', {}, 'How to read the graph'),
        h(
          'ul',
          { class: 'help' },
          h('li', {}, 'Search a company to draw its neighbourhood.'),
          h('li', {}, 'Click a company to expand its own neighbours.'),
          h('li', {}, 'Click a relationship to read the sentences behind it.'),
          h('li', {}, 'Switch to "Path" to see how two companies are linked.'),
          h('li', {}, 'The address bar keeps the view: copy it to share.'),
        ),
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
    showNode(node, drawnNeighbours) {
      const p = node.properties ?? {};
      const aliases = (p.aliases ?? []).filter((a) => a !== node.label);
      show(
        h('h2', { 'data-testid': 'node-title' }, node.label),
        h('p', { class: 'facts' }, node.kind === 'PRODUCT' ? 'Product' : 'Company', ` · ${p.mentionCount ?? 0} mentions`),
        aliases.length > 0 ? h('p', {}, 'Also called: ', aliases.join(', ')) : null,
        p.firstSeen ? h('p', { class: 'muted' }, `In the news ${formatDate(p.firstSeen)} – ${formatDate(p.lastSeen)}`) : null,
        h('p', { class: 'muted', 'data-testid': 'node-expanded' }, drawnNeighbours > 0 ? `${drawnNeighbours} more node${drawnNeighbours === 1 ? '' : 's'} drawn around it.` : 'No further neighbours with these filters.'),
      );
    },
  };
}
