import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/web/highlight.js';

// Marked pieces written as [brackets] for readability.
const show = (sentence: string, names: string[]) =>
  highlight(sentence, names)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');

describe('highlight', () => {
  it.each([
    ['TSMC makes chips for Nvidia.', ['Nvidia', 'TSMC'], '[TSMC] makes chips for [Nvidia].'],
    ['Meta Platforms buys from Nvidia; Meta said so.', ['Meta Platforms', 'Meta', 'Nvidia'], '[Meta Platforms] buys from [Nvidia]; [Meta] said so.'],
    ["NVIDIA's chips", ['Nvidia'], "[NVIDIA]'s chips"],
    ['Harm to Arm holdings', ['Arm'], 'Harm to [Arm] holdings'],
    ['AT&T (T) signs with Ericsson', ['AT&T', 'Ericsson'], '[AT&T] (T) signs with [Ericsson]'],
    ['Nothing here', ['Nvidia'], 'Nothing here'],
    ['Société Générale lends to Airbus', ['Société Générale', 'Airbus'], '[Société Générale] lends to [Airbus]'],
    ['One-letter X is not marked', ['X'], 'One-letter X is not marked'],
  ])('%s', (sentence, names, expected) => {
    expect(show(sentence, names)).toBe(expected);
  });

  it('keeps the whole sentence, in order', () => {
    const sentence = 'Apple buys chips from TSMC and screens from Samsung.';
    expect(highlight(sentence, ['Apple', 'TSMC', 'Samsung']).map((p) => p.text).join('')).toBe(sentence);
    expect(highlight('', ['Apple'])).toEqual([]);
  });
});
