import { describe, expect, it } from 'vitest';
import { utcDay, utcInstant } from '../../src/export/time.js';

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

describe('utcInstant', () => {
  it.each([
    ['2024-03-05T09:30:00Z', '2024-03-05T09:30:00Z'],
    ['2024-03-05T23:30:00-02:00', '2024-03-06T01:30:00Z'],
    ['2024-03-05T09:30:00.123456789Z', '2024-03-05T09:30:00Z'],
    ['2024-03-05T09:30:00.5Z', '2024-03-05T09:30:00Z'],
    ['2024-03-05T09:30:00+01:00[Europe/Paris]', '2024-03-05T08:30:00Z'],
    ['2024-03-05', '2024-03-05T00:00:00Z'],
    ['not a date', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(utcInstant(input)).toBe(expected);
  });
});
