// The page's controller: holds the view state, draws it, keeps the URL in step with it, and
// answers clicks. Every request failure ends up as a message on the page.

import type { Api } from './api.js';
import { describeError } from './describe-error.js';
import { type Drawing, fetchNeighborhood, fetchPath, summarize } from './draw.js';
import type { Filters } from './filters.js';
import type { GraphCanvas } from './graph-canvas.js';
import type { MessageBar } from './message.js';
import { relationshipQuery, type Graph, type GraphNode, type RelationshipResult } from './queries.js';
import { edgeItems } from './edge-list.js';
import type { SidePanel } from './side-panel.js';
import { formatViewState, parseViewState, type ViewState } from './view-state.js';

export interface ExplorerParts {
  api: Api;
  canvas: GraphCanvas;
  filters: Filters;
  message: MessageBar;
  panel: SidePanel;
  /** Shows the mode and the names of the drawn ends in the toolbar. */
  showMode(state: ViewState, labels: Map<string, string>): void;
}

export interface Explorer {
  /** Moves to a new state: a new history entry, then drawn. */
  go(patch: Partial<ViewState>): void;
  /** Draws the state in the URL (first load, back/forward). */
  load(): Promise<void>;
  expand(id: string): Promise<void>;
  openEdge(id: string): Promise<void>;
  /** The side panel's list of what is drawn. */
  overview(): void;
  state(): ViewState;
}

export function createExplorer(p: ExplorerParts): Explorer {
  let state: ViewState = parseViewState(location.search);
  let drawing = 0; // the latest draw; older ones still in flight give up
  const nodes = new Map<string, GraphNode>();
  const labels = new Map<string, string>();

  const remember = (graph: Graph) => {
    for (const n of graph.nodes) {
      nodes.set(n.id, n);
      labels.set(n.id, n.label);
    }
  };

  const overview = () =>
    p.panel.showOverview(edgeItems(p.canvas.cy, labels), (id) => {
      p.canvas.cy.elements().unselect();
      p.canvas.cy.getElementById(id).select();
      void open(id);
    });

  const fail = (error: unknown, retry: () => void) => p.message.show('error', describeError(error), retry);

  async function draw(): Promise<void> {
    const ticket = ++drawing;
    p.panel.showHelp(); // evidence of an edge from the previous picture would mislead
    p.filters.show(state);
    p.showMode(state, labels);
    const s = state;
    // A fresh picture from an answer; false when the answer is stale or empty (the message says which).
    const startPicture = (result: Drawing, focus: string[]): result is { graph: Graph } => {
      if (ticket !== drawing) return false;
      if ('empty' in result) {
        p.canvas.clear();
        p.message.show('warning', result.empty);
        return false;
      }
      nodes.clear();
      remember(result.graph);
      // The slider reaches back to the first mention of anything drawn.
      p.filters.widen(result.graph.nodes.map((n) => n.properties?.firstSeen));
      p.canvas.replace(result.graph, focus);
      p.showMode(s, labels);
      return true;
    };
    try {
      if (s.mode === 'neighborhood' && s.company) {
        p.message.show('loading', 'Drawing the neighbourhood…');
        const result = await fetchNeighborhood(p.api, s.company, s);
        if (!startPicture(result, [s.company])) return;
        for (const id of s.expand) {
          if (!nodes.has(id)) continue;
          const more = await fetchNeighborhood(p.api, id, s);
          if (ticket !== drawing) return;
          if ('graph' in more) {
            remember(more.graph);
            p.canvas.merge(more.graph, id);
            p.canvas.markExpanded(id);
          }
        }
        p.message.show('info', summarize({ nodes: p.canvas.cy.nodes().toArray(), edges: p.canvas.cy.edges().toArray(), truncated: result.graph.truncated }));
        overview();
      } else if (s.mode === 'path' && s.from && s.to) {
        p.message.show('loading', 'Looking for a path…');
        const result = await fetchPath(p.api, s.from, s.to, s);
        if (!startPicture(result, [s.from, s.to])) return;
        const name = (id: string) => labels.get(id) ?? id;
        p.message.show('info', `The shortest links between ${name(s.from)} and ${name(s.to)}: ${summarize(result.graph)}`);
        overview();
      } else {
        p.canvas.clear();
        p.message.show('info', s.mode === 'path' ? 'Pick two companies to see how they are linked.' : 'Search a company to draw its neighbourhood.');
      }
    } catch (error) {
      if (ticket === drawing) fail(error, () => void draw());
    }
  }

  async function open(id: string): Promise<void> {
    p.panel.showLoading('the evidence');
    try {
      const data = await p.api.query<RelationshipResult>(relationshipQuery, { id });
      if (data.relationship) p.panel.showRelationship(data.relationship);
      else p.panel.showError('This relationship is gone: the graph changed since it was drawn. Reload the page.');
    } catch (error) {
      p.panel.showError(describeError(error));
    }
  }

  const write = (next: ViewState) => {
    state = next;
    history.pushState(null, '', formatViewState(next) || location.pathname);
  };

  return {
    state: () => state,
    go(patch) {
      const next = { ...state, ...patch };
      // A new centre starts a new picture: the old expansions do not carry over.
      if (patch.company !== undefined && patch.company !== state.company) next.expand = patch.expand ?? [];
      write(next);
      void draw();
    },
    load() {
      state = parseViewState(location.search);
      return draw();
    },
    async expand(id) {
      const node = nodes.get(id);
      if (!node) return;
      const centre = state.mode === 'neighborhood' && id === state.company;
      if (centre || p.canvas.cy.getElementById(id).hasClass('expanded')) return p.panel.showNode(node, null);
      p.panel.showLoading(node.label);
      try {
        const result = await fetchNeighborhood(p.api, id, state);
        const graph = 'graph' in result ? result.graph : { nodes: [], edges: [], truncated: false };
        remember(graph);
        const added = p.canvas.merge(graph, id);
        p.canvas.markExpanded(id);
        p.panel.showNode(node, added);
        if (state.mode === 'neighborhood' && id !== state.company && !state.expand.includes(id)) {
          write({ ...state, expand: [...state.expand, id] });
        }
        p.message.show('info', summarize({ nodes: p.canvas.cy.nodes().toArray(), edges: p.canvas.cy.edges().toArray(), truncated: graph.truncated }));
      } catch (error) {
        p.panel.showError(describeError(error));
      }
    },
    openEdge: open,
    overview,
  };
}
