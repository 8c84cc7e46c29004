import { describe, expect, it } from 'vitest';
import { dealAttributes, findMoney, findUntil } from '../../src/extract/attributes.js';

const MONEY: Array<[string, number, string]> = [
  ['a $21 billion deal', 21e9, 'USD'],
  ['worth €1.5bn over five years', 1.5e9, 'EUR'],
  ['¥300 billion in orders', 3e11, 'JPY'],
  ['£40m a year', 40e6, 'GBP'],
  ['US$5 billion', 5e9, 'USD'],
  ['about $5B', 5e9, 'USD'],
  ['60 million won each', 60e6, 'KRW'],
  ['2.5 billion yuan', 2.5e9, 'CNY'],
];

const UNTIL: Array<[string, string | null]> = [
  ['extends the relationship through December 2032', '2032-12'],
  ['runs until 2030', '2030'],
  ['valid through March 5, 2027', '2027-03-05'],
  ['signed in December 2024', null],
];

describe('extract: deal attributes', () => {
  it.each(MONEY)('%s', (text, amount, currency) => {
    expect(findMoney(text)[0]).toMatchObject({ amount, currency });
  });

  it.each(UNTIL)('%s', (text, until) => {
    expect(findUntil(text)).toBe(until);
  });

  it('takes the largest amount in the sentence as the deal value', () => {
    expect(dealAttributes('The $14 billion contract values shares at $5 each.')).toEqual({ amount: 14e9, currency: 'USD' });
  });
});
