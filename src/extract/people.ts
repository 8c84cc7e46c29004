// compromise's people and places, computed only for sentences that need them
// (a candidate name with weak evidence), so most text is never tagged.
import nlp from 'compromise';
import type { SentenceInfo } from './mention.js';

export interface Spans {
  people: Array<[number, number]>;
  places: Array<[number, number]>;
}

type Offset = { offset: { start: number; length: number } };

export function peopleAndPlaces(s: SentenceInfo, cache: Map<SentenceInfo, Spans>): Spans {
  let spans = cache.get(s);
  if (spans) return spans;
  spans = { people: [], places: [] };
  try {
    const doc = nlp(s.text);
    const toSpan = (o: Offset): [number, number] => [s.start + o.offset.start, s.start + o.offset.start + o.offset.length];
    spans.people = (doc.people().out('offset') as Offset[]).map(toSpan);
    spans.places = (doc.places().out('offset') as Offset[]).map(toSpan);
  } catch {
    // A sentence compromise cannot tag is treated as naming nobody.
  }
  cache.set(s, spans);
  return spans;
}

export const overlaps = (spans: Array<[number, number]>, start: number, end: number): boolean =>
  spans.some(([a, b]) => a < end && start < b);
