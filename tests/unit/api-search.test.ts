import { describe, expect, it } from 'vitest';
import { fullTextQuery } from '../../src/graph/read/entities.js';

// User text becomes Lucene terms only: fuzzy (~1) for words of 4+ letters, prefix always.
describe('full-text query', () => {
  it.each([
    ['nvidia', '(nvidia~1 OR nvidia*)'],
    ['Meta Platforms', '(meta~1 OR meta*) AND (platforms~1 OR platforms*)'],
    ['AMD', '(amd OR amd*)'],
    ['AT&T Inc', '(att OR att*) AND (inc OR inc*)'],
    ['foo:bar*', '(foobar~1 OR foobar*)'],
    ['"quoted" (group) [range] {x} ^2 \\ /re/', '(quoted~1 OR quoted*) AND (group~1 OR group*) AND (range~1 OR range*) AND (x OR x*) AND (2 OR 2*) AND (re OR re*)'],
    ['a AND b OR NOT c', '(a OR a*) AND (b OR b*) AND (c OR c*)'],
  ])('%s → %s', (search, query) => {
    expect(fullTextQuery(search)).toBe(query);
  });

  it.each(['', '   ', '*** ~~~', 'AND OR'])('%j has no terms', (search) => {
    expect(fullTextQuery(search)).toBeUndefined();
  });

  it('keeps at most 8 terms', () => {
    expect(fullTextQuery('a b c d e f g h i j')!.split(' AND ')).toHaveLength(8);
  });
});
