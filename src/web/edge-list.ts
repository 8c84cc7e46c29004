// The drawn relationships as lines of text for the side panel ("TSMC supplies Nvidia"), by type,
// strongest first within a type: what a reader most likely wants to check first.

import type { Core } from 'cytoscape';
import { verb, type EdgeItem } from './side-panel.js';

const order = Object.keys(verb);

export function edgeItems(cy: Core, labels: ReadonlyMap<string, string>): EdgeItem[] {
  const name = (id: string) => labels.get(id) ?? id;
  return cy
    .edges()
    .map((e) => ({ id: e.id(), type: e.data('type') as keyof typeof verb, source: e.source().id(), target: e.target().id(), weight: Number(e.data('evidenceCount')) }))
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.weight - a.weight || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, text: `${name(e.source)} ${verb[e.type]} ${name(e.target)}` }));
}
