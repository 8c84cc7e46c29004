// How the graph looks: companies blue ellipses, products orange rounded squares; SUPPLIES green
// arrows (supplier → customer), COMPETES_WITH red dashed and undirected, OFFERS purple arrows to
// products; edge width grows with the evidence count. The colours are the exports' palette. A relationship
// that has ended (on the day drawn) is dashed and grey.

import type { StylesheetJson } from 'cytoscape';
import { kindColor, relationColor } from '../export/style.js';

const width = (ele: { data(key: string): unknown }) => {
  const n = Number(ele.data('evidenceCount')) || 1;
  return Math.min(10, 1.5 + 1.5 * Math.log2(n));
};

const size = (ele: { data(key: string): unknown }) => {
  const n = Number(ele.data('mentionCount')) || 0;
  return Math.min(70, 24 + 6 * Math.log2(1 + n));
};

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      color: '#1a202c',
      width: size,
      height: size,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "COMPANY"]', style: { shape: 'ellipse', 'background-color': kindColor.COMPANY } },
  { selector: 'node[kind = "PRODUCT"]', style: { shape: 'round-rectangle', 'background-color': kindColor.PRODUCT } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#f6e05e' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#4a5568' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1a202c' } },
  {
    selector: 'edge',
    style: {
      width,
      'curve-style': 'bezier',
      'line-color': '#a0aec0',
      'target-arrow-color': '#a0aec0',
      'arrow-scale': 1.1,
      opacity: 0.9,
    },
  },
  {
    selector: 'edge[type = "SUPPLIES"]',
    style: { 'line-color': relationColor.SUPPLIES, 'target-arrow-color': relationColor.SUPPLIES, 'target-arrow-shape': 'triangle' },
  },
  {
    selector: 'edge[type = "COMPETES_WITH"]',
    style: { 'line-color': relationColor.COMPETES_WITH, 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'target-arrow-shape': 'none' },
  },
  {
    selector: 'edge[type = "OFFERS"]',
    style: { 'line-color': relationColor.OFFERS, 'target-arrow-color': relationColor.OFFERS, 'target-arrow-shape': 'vee' },
  },
  // Over: dashed and grey, whatever its type (the "ended" box hides them).
  {
    selector: 'edge[status = "ENDED"]',
    style: { 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'line-style': 'dashed', 'line-dash-pattern': [4, 4], opacity: 0.7 },
  },
  { selector: 'edge:selected', style: { opacity: 1, 'overlay-color': '#1a202c', 'overlay-opacity': 0.15, 'overlay-padding': 4 } },
];
