// The Cytoscape.js drawing: replace the picture, merge more into it, report taps.
// `window.cy` is exposed for debugging and for the browser test.

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { cyEdgeData, cyNodeData } from '../export/cytoscape.js';
import { graphStyle } from './graph-style.js';
import type { Graph } from './queries.js';

export interface GraphCanvas {
  /** Draws this graph alone; `focus` ids get a highlighted border. */
  replace(graph: Graph, focus: readonly string[]): void;
  /** Adds what is new in `graph`, keeps what is there; returns how many nodes were added. */
  merge(graph: Graph, around: string): number;
  markExpanded(id: string): void;
  clear(): void;
  readonly cy: Core;
}

export interface CanvasHandlers {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

declare global {
  interface Window {
    cy?: Core;
  }
}

function elements(graph: Graph): ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { ...cyNodeData(n) } })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { ...cyEdgeData(e) } })),
  ];
}

export function createGraphCanvas(container: HTMLElement, handlers: CanvasHandlers): GraphCanvas {
  const cy = cytoscape({ container, style: graphStyle, minZoom: 0.2, maxZoom: 3 });
  window.cy = cy;
  const publish = () => {
    container.dataset.nodeCount = String(cy.nodes().length);
    container.dataset.edgeCount = String(cy.edges().length);
  };
  // data-layout="running" until the nodes stop moving: the browser test waits for "idle".
  const layout = (animate: boolean) => {
    container.dataset.layout = 'running';
    const running = cy.layout({
        name: 'cose',
      animate,
      animationDuration: 400,
      randomize: false,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      padding: 40,
      fit: true,
    });
    running.one('layoutstop', () => {
      container.dataset.layout = 'idle';
    });
    running.run();
  };

  cy.on('tap', 'node', (event) => handlers.onNodeTap(event.target.id()));
  cy.on('tap', 'edge', (event) => handlers.onEdgeTap(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.onBackgroundTap();
  });

  return {
    cy,
    replace(graph, focus) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements(graph));
        for (const id of focus) cy.getElementById(id).addClass('focus');
      });
      layout(false);
      publish();
    },
    merge(graph, around) {
      const centre = cy.getElementById(around).position();
      const fresh = elements(graph).filter((el) => cy.getElementById(String(el.data.id)).empty());
      cy.batch(() => {
        // New nodes start where the clicked node is, so the layout grows them out of it.
        cy.add(fresh.map((el) => (el.group === 'nodes' ? { ...el, position: { ...centre } } : el)));
      });
      layout(true);
      publish();
      return fresh.filter((el) => el.group === 'nodes').length;
    },
    markExpanded(id) {
      cy.getElementById(id).addClass('expanded');
    },
    clear() {
      cy.elements().remove();
      publish();
    },
  };
}
