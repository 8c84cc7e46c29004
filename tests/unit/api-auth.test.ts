import { describe, expect, it } from 'vitest';
import { bearerToken, mayRead, tokensEqual, writeAccess } from '../../src/api/auth.js';

const request = (authorization?: string) =>
  new Request('http://test/graphql', { headers: authorization ? { authorization } : {} });

describe('bearer tokens', () => {
  it.each([
    [undefined, undefined],
    ['Bearer abc', 'abc'],
    ['bearer   abc  ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
  ])('%j → %j', (header, token) => {
    expect(bearerToken(request(header))).toBe(token);
  });

  it('compares tokens of any length', () => {
    expect(tokensEqual('secret', 'secret')).toBe(true);
    expect(tokensEqual('secret', 'secreT')).toBe(false);
    expect(tokensEqual('short', 'a much longer token')).toBe(false);
  });
});

describe('write access', () => {
  it.each([
    ['no API_TOKEN configured', undefined, 'Bearer x', 'disabled'],
    ['no header', 'tok', undefined, 'missing'],
    ['a wrong token', 'tok', 'Bearer nope', 'bad'],
    ['the token', 'tok', 'Bearer tok', 'ok'],
  ])('%s → %s', (_, apiToken, header, access) => {
    expect(writeAccess(request(header), apiToken)).toBe(access);
  });
});

describe('read access', () => {
  it.each([
    ['public without READ_TOKEN', undefined, 'api', undefined, true],
    ['refused without a token', 'read', 'api', undefined, false],
    ['the read token', 'read', 'api', 'Bearer read', true],
    ['the API token', 'read', 'api', 'Bearer api', true],
    ['a wrong token', 'read', 'api', 'Bearer nope', false],
    ['the read token, no API token configured', 'read', undefined, 'Bearer read', true],
  ])('%s', (_, readToken, apiToken, header, allowed) => {
    expect(mayRead(request(header), readToken, apiToken)).toBe(allowed);
  });
});
