// The filter bar: relationship types, minimum confidence, seen since. Reflects the state it is
// given and reports the reader's changes; applying them is main.ts's business.

import { byId } from './dom.js';
import { relationTypes, type RelationType, type ViewState } from './view-state.js';

export type FilterValues = Pick<ViewState, 'types' | 'minConfidence' | 'since'>;

export interface Filters {
  show(values: FilterValues): void;
}

export function createFilters(onChange: (values: FilterValues) => void): Filters {
  const boxes = relationTypes.map((t) => [t, byId<HTMLInputElement>(`filter-${t}`)] as const);
  const confidence = byId<HTMLInputElement>('filter-confidence');
  const confidenceOut = byId<HTMLOutputElement>('filter-confidence-value');
  const since = byId<HTMLInputElement>('filter-since');
  const reset = byId<HTMLButtonElement>('filter-reset');

  const read = (): FilterValues => ({
    types: boxes.filter(([, box]) => box.checked).map(([t]) => t as RelationType),
    minConfidence: Number(confidence.value) || 0,
    since: since.value || null,
  });
  const label = () => {
    confidenceOut.value = Number(confidence.value).toFixed(2);
  };

  for (const [, box] of boxes) {
    box.addEventListener('change', () => {
      // Unticking the last type would draw nothing; keep at least one.
      if (!boxes.some(([, b]) => b.checked)) box.checked = true;
      onChange(read());
    });
  }
  confidence.addEventListener('input', label);
  confidence.addEventListener('change', () => onChange(read()));
  since.addEventListener('change', () => onChange(read()));
  reset.addEventListener('click', () => {
    for (const [, box] of boxes) box.checked = true;
    confidence.value = '0';
    since.value = '';
    label();
    onChange(read());
  });

  return {
    show(values) {
      for (const [t, box] of boxes) box.checked = values.types.includes(t);
      confidence.value = String(values.minConfidence);
      since.value = values.since ?? '';
      label();
    },
  };
}
