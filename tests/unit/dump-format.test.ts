import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeProps, encodeProps, nodeLineProblem, UnsupportedValueError } from '../../src/graph/dump/format.js';

// Dump lines keep Neo4j's value types through JSON: what JSON would misread is named in `types`.

describe('dump values', () => {
  it.each([
    ['a string and a boolean as they are', { s: 'x', b: true }, [['s', 'STRING NOT NULL'], ['b', 'BOOLEAN NOT NULL']], { props: { b: true, s: 'x' } }],
    ['an integer as a number', { n: 3 }, [['n', 'INTEGER NOT NULL']], { props: { n: 3 } }],
    ['an integer past 2^53 as a string', { n: 2n ** 60n }, [['n', 'INTEGER NOT NULL']], { props: { n: '1152921504606846976' }, types: { n: 'integer' } }],
    ['a float with a fraction as a number', { c: 0.5 }, [['c', 'FLOAT NOT NULL']], { props: { c: 0.5 } }],
    ['a whole float marked', { c: 2 }, [['c', 'FLOAT NOT NULL']], { props: { c: 2 }, types: { c: 'float' } }],
    ['a datetime marked', { at: '2025-01-14T08:00:00Z' }, [['at', 'ZONED DATETIME NOT NULL']], { props: { at: '2025-01-14T08:00:00Z' }, types: { at: 'datetime' } }],
    ['lists of strings, and empty ones', { a: ['x'], e: [] }, [['a', 'LIST<STRING NOT NULL> NOT NULL'], ['e', 'LIST<NOTHING> NOT NULL']], { props: { a: ['x'], e: [] } }],
    ['a list of floats with a whole one marked', { f: [1, 0.5] }, [['f', 'LIST<FLOAT NOT NULL> NOT NULL']], { props: { f: [1, 0.5] }, types: { f: 'float[]' } }],
  ])('encodes %s', (_, props, types, expected) => {
    const encoded = encodeProps(props, types as Array<[string, string]>, 'test');
    expect(encoded).toEqual(expected);
    expect(Object.keys(encoded.props)).toEqual(Object.keys(encoded.props).sort());
  });

  it('refuses values it cannot carry, naming them', () => {
    expect(() => encodeProps({ p: {} }, [['p', 'POINT NOT NULL']], 'Company "x"')).toThrow(UnsupportedValueError);
    expect(() => encodeProps({ p: {} }, [['p', 'POINT NOT NULL']], 'Company "x"')).toThrow('Company "x": property "p" holds a POINT');
  });

  it('decodes to driver values: whole numbers as Integer, marked floats as numbers, datetimes apart', () => {
    const { props, times } = decodeProps(
      { n: 3, c: 2, f: [1, 0.5], l: [1, 2], big: '1152921504606846976', at: '2025-01-14T08:00:00Z', s: 'x', e: [] },
      { c: 'float', f: 'float[]', big: 'integer', at: 'datetime' },
    );
    expect(props).toEqual({ n: neo4j.int(3), c: 2, f: [1, 0.5], l: [neo4j.int(1), neo4j.int(2)], big: neo4j.int('1152921504606846976'), s: 'x', e: [] });
    expect(neo4j.isInt(props.c)).toBe(false);
    expect(times).toEqual({ at: '2025-01-14T08:00:00Z' });
    expect(() => decodeProps({ a: 1 }, { b: 'float' })).toThrow('"types" names "b"');
  });

  it('a node line needs its key as a string', () => {
    expect(nodeLineProblem({ node: 'Alias', props: { key: 'nvda' } })).toBeUndefined();
    expect(nodeLineProblem({ node: 'Alias', props: { id: 'nvda' } })).toMatch(/needs its "key"/);
    expect(nodeLineProblem({ node: 'Company', props: { id: 'x', n: 2 ** 60 } })).toMatch(/past 2\^53/);
  });
});
