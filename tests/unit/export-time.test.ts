import { describe, expect, it } from 'vitest';
import { utcDay } from '../../src/export/time.js';

describe('utcDay', () => {
  it.each([
    ['2024-03-05T09:30:00Z', '2024-03-05'],
    ['2024-03-05T23:30:00-02:00', '2024-03-06'],
    ['2024-03-05T00:30:00+02:00', '2024-03-04'],
    ['2024-03-05T09:30:00.123456789Z', '2024-03-05'],
    ['2024-03-05T09:30:00+01:00[Europe/Paris]', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['not a date', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(utcDay(input)).toBe(expected);
  });
});
