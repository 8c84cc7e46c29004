// One palette for every export and the explorer page, so a company looks the same in Gephi,
// Cytoscape and the browser.

import type { ExportNode, ExportRelationType } from './graph-shape.js';

export const kindColor: Record<ExportNode['kind'], string> = {
  COMPANY: '#2b6cb0',
  PRODUCT: '#dd6b20',
};

export const relationColor: Record<ExportRelationType, string> = {
  SUPPLIES: '#2f855a',
  COMPETES_WITH: '#c53030',
  OFFERS: '#805ad5',
};

/** "#2b6cb0" → [43, 108, 176] (GEXF viz:color wants r, g, b). */
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Node size grows with the log of its mentions: 10 for 1 mention, about 30 for 1,000. */
export function nodeSize(mentionCount: number): number {
  return Math.round((10 + 3 * Math.log2(1 + Math.max(0, mentionCount))) * 10) / 10;
}
