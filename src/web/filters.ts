// The filter bar: relationship types, minimum confidence, seen since, whether ended relationships are drawn, and
// the date slider that replays the picture through time (asOf). Reflects the state it is given and reports the
// reader's changes; applying them is main.ts's business.

import { byId } from './dom.js';
import { relationTypes, type RelationType, type ViewState } from './view-state.js';

export type FilterValues = Pick<ViewState, 'types' | 'minConfidence' | 'since' | 'asOf' | 'hideEnded'>;

export interface Filters {
  show(values: FilterValues): void;
  /** Lets the slider reach back to these days (YYYY-MM-DD or ISO), e.g. the drawn companies' first mentions. */
  widen(days: readonly (string | null | undefined)[]): void;
}

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const dayNumber = (d: string) => Math.floor(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY);
const dayOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

export function createFilters(onChange: (values: FilterValues) => void): Filters {
  const boxes = relationTypes.map((t) => [t, byId<HTMLInputElement>(`filter-${t}`)] as const);
  const confidence = byId<HTMLInputElement>('filter-confidence');
  const confidenceOut = byId<HTMLOutputElement>('filter-confidence-value');
  const since = byId<HTMLInputElement>('filter-since');
  const ended = byId<HTMLInputElement>('filter-ended');
  // The slider's value is a day number (days since 1970); its right end is today, which means "now".
  const asOf = byId<HTMLInputElement>('filter-asof');
  const asOfOut = byId<HTMLOutputElement>('filter-asof-value');
  const reset = byId<HTMLButtonElement>('filter-reset');
  asOf.max = String(dayNumber(today()));
  asOf.min = String(dayNumber(today()) - 365);
  asOf.value = asOf.max;

  const chosenDay = () => (Number(asOf.value) >= Number(asOf.max) ? null : dayOf(Number(asOf.value)));
  const read = (): FilterValues => ({
    types: boxes.filter(([, box]) => box.checked).map(([t]) => t as RelationType),
    minConfidence: Number(confidence.value) || 0,
    since: since.value || null,
    asOf: chosenDay(),
    hideEnded: !ended.checked,
  });
  const label = () => {
    confidenceOut.value = Number(confidence.value).toFixed(2);
    asOfOut.value = chosenDay() ?? 'now';
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
  ended.addEventListener('change', () => onChange(read()));
  // Dragging shows the day; letting go (or a key press) draws the graph as it stood then.
  asOf.addEventListener('input', label);
  asOf.addEventListener('change', () => onChange(read()));
  reset.addEventListener('click', () => {
    for (const [, box] of boxes) box.checked = true;
    confidence.value = '0';
    since.value = '';
    ended.checked = true;
    asOf.value = asOf.max;
    label();
    onChange(read());
  });

  const widen = (days: readonly (string | null | undefined)[]) => {
    for (const d of days) {
      if (!d || Number.isNaN(Date.parse(d.slice(0, 10)))) continue;
      const n = dayNumber(d);
      if (n < Number(asOf.min)) asOf.min = String(n);
    }
  };

  return {
    show(values) {
      for (const [t, box] of boxes) box.checked = values.types.includes(t);
      confidence.value = String(values.minConfidence);
      since.value = values.since ?? '';
      ended.checked = !values.hideEnded;
      if (values.asOf) widen([values.asOf]);
      asOf.value = values.asOf ? String(dayNumber(values.asOf)) : asOf.max;
      label();
    },
    widen,
  };
}
