import { describe, expect, it } from 'vitest';
import { type DatedClaim, endOfUntil, lifecycleOf } from '../../src/graph/write/lifecycle.js';

const now = '2026-12-01T00:00:00Z';
const c = (id: string, at: string, status: DatedClaim['status'] = 'current', until: string | null = null): DatedClaim => ({
  id, at: `${at}T00:00:00Z`, status, until,
});
const shuffled = <T>(xs: T[]) => [...xs].reverse();

describe('lifecycleOf', () => {
  it('a relation that holds: ACTIVE from its first claim, open-ended', () => {
    expect(lifecycleOf([c('a', '2024-03-01'), c('b', '2024-09-01')], now)).toEqual({
      status: 'ACTIVE', validFrom: '2024-03-01T00:00:00Z', validTo: null,
      periods: [{ from: '2024-03-01T00:00:00Z', to: null, openedBy: 'a', closedBy: null }],
    });
  });

  it('a switch ends it on the date of the claim that it ended, whatever the order of the claims', () => {
    const claims = [c('a', '2024-03-01'), c('b', '2025-05-01', 'ended')];
    const expected = {
      status: 'ENDED', validFrom: '2024-03-01T00:00:00Z', validTo: '2025-05-01T00:00:00Z',
      periods: [{ from: '2024-03-01T00:00:00Z', to: '2025-05-01T00:00:00Z', openedBy: 'a', closedBy: 'b' }],
    };
    expect(lifecycleOf(claims, now)).toEqual(expected);
    expect(lifecycleOf(shuffled(claims), now)).toEqual(expected);
  });

  it('a later claim that it holds again opens a second period', () => {
    const l = lifecycleOf([c('c', '2026-02-01'), c('a', '2024-03-01'), c('b', '2025-05-01', 'ended')], now);
    expect(l.status).toBe('ACTIVE');
    expect(l.periods.map((p) => [p.from, p.to, p.openedBy, p.closedBy])).toEqual([
      ['2024-03-01T00:00:00Z', '2025-05-01T00:00:00Z', 'a', 'b'],
      ['2026-02-01T00:00:00Z', null, 'c', null],
    ]);
    expect([l.validFrom, l.validTo]).toEqual(['2026-02-01T00:00:00Z', null]);
  });

  it('known only from its end: the period has no start', () => {
    expect(lifecycleOf([c('b', '2025-05-01', 'ended')], now).periods).toEqual([
      { from: null, to: '2025-05-01T00:00:00Z', openedBy: null, closedBy: 'b' },
    ]);
  });

  it('an announced end: ENDING until the stated date, ENDED once it has passed', () => {
    const claims = [c('a', '2024-03-01'), c('b', '2025-05-01', 'ending', '2027-01')];
    expect(lifecycleOf(claims, now)).toMatchObject({ status: 'ENDING', validTo: '2027-02-01T00:00:00Z' });
    expect(lifecycleOf(claims, '2027-03-01T00:00:00Z')).toMatchObject({
      status: 'ENDED', validTo: '2027-02-01T00:00:00Z', periods: [{ openedBy: 'a', closedBy: 'b' }],
    });
    expect(lifecycleOf([c('b', '2025-05-01', 'ending')], now)).toMatchObject({ status: 'ENDING', validTo: null });
  });

  it('a deal "through 2025" is over after 2025; news after that it holds opens a new period', () => {
    const l = lifecycleOf([c('a', '2024-03-01', 'current', '2025'), c('b', '2026-04-01')], now);
    expect(l.periods.map((p) => [p.from, p.to])).toEqual([
      ['2024-03-01T00:00:00Z', '2026-01-01T00:00:00Z'],
      ['2026-04-01T00:00:00Z', null],
    ]);
    expect(lifecycleOf([c('a', '2024-03-01', 'current', '2025')], now).status).toBe('ENDED');
  });

  it('the newest claim decides: it holds with no end stated drops an announced end', () => {
    expect(lifecycleOf([c('a', '2024-03-01', 'ending', '2027-01'), c('b', '2024-06-01')], now)).toMatchObject({ status: 'ACTIVE', validTo: null });
  });

  it('an ended claim dated by its stated end when that is earlier than the article', () => {
    expect(lifecycleOf([c('a', '2024-03-01'), c('b', '2025-05-01', 'ended', '2025-01')], now).validTo).toBe('2025-02-01T00:00:00Z');
  });

  it('same-day claims: the ending news wins the tie', () => {
    expect(lifecycleOf([c('b', '2025-05-01', 'ended'), c('a', '2025-05-01')], now).status).toBe('ENDED');
  });
});

describe('endOfUntil', () => {
  it.each([
    ['2032', '2033-01-01T00:00:00Z'],
    ['2026-01', '2026-02-01T00:00:00Z'],
    ['2026-12', '2027-01-01T00:00:00Z'],
    ['2026-01-31', '2026-02-01T00:00:00Z'],
  ])('%s → %s', (until, end) => expect(endOfUntil(until)).toBe(end));

  it('refuses anything else', () => expect(() => endOfUntil('January')).toThrow('YYYY'));
});
