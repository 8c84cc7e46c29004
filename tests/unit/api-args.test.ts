import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectionArgs, encodeCursor, parse, windowOf } from '../../src/api/args.js';
import { connection } from '../../src/api/connection.js';
import { InvalidInputError } from '../../src/errors.js';

const page = z.object(connectionArgs);

describe('connection arguments', () => {
  it.each([
    [{}, { skip: 0, limit: 25 }],
    [{ first: 10 }, { skip: 0, limit: 10 }],
    [{ first: 100, after: encodeCursor(40) }, { skip: 40, limit: 100 }],
    [{ first: 0 }, { skip: 0, limit: 0 }],
  ])('%j → %j', (args, window) => {
    expect(windowOf(parse(page, args))).toEqual(window);
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 2.5 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: Buffer.from('o:-3').toString('base64url') }, 'after'],
  ])('%j is BAD_USER_INPUT naming %s', (args, path) => {
    try {
      parse(page, args);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).code).toBe('BAD_USER_INPUT');
      expect((error as InvalidInputError).issues).toEqual([expect.objectContaining({ path: [path] })]);
    }
  });

  it('cursors are opaque and round-trip', () => {
    const c = encodeCursor(1234);
    expect(c).not.toContain('1234');
    expect(parse(page, { after: c }).after).toBe(1234);
  });
});

describe('connections', () => {
  it('numbers cursors from the window and knows the next page from the total', () => {
    const c = connection(['a', 'b'], 5, { skip: 2, limit: 2 });
    expect(c.edges.map((e) => parse(page, { after: e.cursor }).after)).toEqual([3, 4]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: c.edges[0].cursor, endCursor: c.edges[1].cursor });
    expect(connection(['e'], 5, { skip: 4, limit: 2 }).pageInfo.hasNextPage).toBe(false);
    expect(connection([], 0, { skip: 0, limit: 25 }).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
