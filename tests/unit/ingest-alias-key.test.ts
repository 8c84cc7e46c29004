import { describe, expect, it } from 'vitest';
import { aliasKey, nextFreeId, slugOf } from '../../src/graph/write/alias-key.js';

// The normalised alias key is what cross-article resolution matches on; the slug becomes a new entity's id.

describe('aliasKey', () => {
  const cases: Array<[string, string]> = [
    ['Meta Platforms, Inc.', 'meta platforms'],
    ['Meta', 'meta'],
    ['Apple Inc.', 'apple'],
    ['APPLE INC', 'apple'],
    ['The Coca-Cola Company', 'coca cola'],
    ['AT&T Inc.', 'at and t'],
    ['Procter & Gamble Co.', 'procter and gamble'],
    ['S.A.P. SE', 'sap'],
    ["McDonald's Corp", 'mcdonalds'],
    ['Nestlé S.A.', 'nestle'],
    ['Nestle', 'nestle'],
    ['Foo Holdings Co. Ltd.', 'foo'],
    ['Group', 'group'],
    ['The', 'the'],
    ['🚀', '🚀'],
    ['🚀 Rocket Labs', 'rocket labs'],
  ];
  it.each(cases)('%s → %s', (surface, key) => expect(aliasKey(surface)).toBe(key));
});

describe('slugOf / nextFreeId', () => {
  const cases: Array<[string, string | RegExp]> = [
    ['meta platforms', 'meta-platforms'],
    ['nestlé', 'nestle'],
    ['h100', 'h100'],
    ['at and t', 'at-and-t'],
    ['🚀', /^e-[0-9a-f]{10}$/],
  ];
  it.each(cases)('%s → %s', (key, slug) => expect(slugOf(key)).toMatch(slug));
  it('numbers a taken slug', () => {
    expect(nextFreeId('acme', new Set())).toBe('acme');
    expect(nextFreeId('acme', new Set(['acme', 'acme-2']))).toBe('acme-3');
  });
});
