import { describe, expect, it } from 'vitest';
import { emptyState, exportQuery, filterArgs, formatViewState, parseViewState, type ViewState } from '../../src/web/view-state.js';

describe('explorer view state in the URL', () => {
  it.each<[string, Partial<ViewState>]>([
    ['', {}],
    ['?company=nvidia', { company: 'nvidia' }],
    ['?company=nvidia&expand=tsmc,product:h100', { company: 'nvidia', expand: ['tsmc', 'product:h100'] }],
    ['?types=SUPPLIES,OFFERS', { types: ['SUPPLIES', 'OFFERS'] }],
    ['?minConfidence=0.5&since=2024-03-01', { minConfidence: 0.5, since: '2024-03-01' }],
    ['?mode=path&from=nvidia&to=samsung', { mode: 'path', from: 'nvidia', to: 'samsung' }],
    ['?company=contoso&asOf=2024-06-01&ended=hide', { company: 'contoso', asOf: '2024-06-01', hideEnded: true }],
  ])('%s round-trips', (search, patch) => {
    const state = { ...emptyState, ...patch };
    expect(parseViewState(search)).toEqual(state);
    expect(formatViewState(state)).toBe(search);
  });

  it.each<[string, Partial<ViewState>]>([
    ['?types=OFFERS,SUPPLIES', { types: ['SUPPLIES', 'OFFERS'] }], // canonical order
    ['?types=OWNS', {}], // nothing valid: all types
    ['?types=', {}],
    ['?minConfidence=7', {}],
    ['?minConfidence=-1', {}],
    ['?minConfidence=abc', {}],
    ['?since=yesterday', {}],
    ['?since=2024-3-1', {}],
    ['?asOf=last-year&ended=yes', {}],
    ['?mode=weird&company=%20amd%20', { company: 'amd' }],
    ['?company=&expand=a,,a,b', { expand: ['a', 'b'] }],
  ])('%s is read leniently', (search, patch) => {
    expect(parseViewState(search)).toEqual({ ...emptyState, ...patch });
  });

  it('drops expansions without a company and neighbourhood fields in path mode', () => {
    expect(formatViewState({ ...emptyState, expand: ['tsmc'] })).toBe('');
    expect(formatViewState({ ...emptyState, mode: 'path', company: 'nvidia', from: 'a' })).toBe('?mode=path&from=a');
  });

  it('turns the filters into GraphQL arguments', () => {
    expect(filterArgs(emptyState)).toEqual({
      types: ['SUPPLIES', 'COMPETES_WITH', 'OFFERS'], minConfidence: null, since: null, asOf: null, status: ['ACTIVE', 'ENDING', 'ENDED'],
    });
    expect(filterArgs({ ...emptyState, types: ['OFFERS'], minConfidence: 0.25, since: '2024-03-01', asOf: '2025-06-01', hideEnded: true })).toEqual({
      types: ['OFFERS'],
      minConfidence: 0.25,
      since: '2024-03-01T00:00:00Z',
      asOf: '2025-06-01T00:00:00Z',
      status: ['ACTIVE', 'ENDING'],
    });
  });

  it.each<[Partial<ViewState>, string]>([
    [{}, ''],
    [{ company: 'nvidia', expand: ['amd'] }, '?company=nvidia'],
    [{ company: 'nvidia', types: ['SUPPLIES'], minConfidence: 0.5, since: '2024-03-01' }, '?company=nvidia&types=SUPPLIES&minConfidence=0.5&since=2024-03-01'],
    [{ mode: 'path', from: 'a', to: 'b', types: ['OFFERS'] }, '?types=OFFERS'],
  ])('exports %j as %s', (patch, query) => {
    expect(exportQuery({ ...emptyState, ...patch })).toBe(query);
  });
});
