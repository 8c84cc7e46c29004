import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { supportsNewsgraph } from '../../src/graph/neo4j-client.js';

describe('loadConfig', () => {
  it('gives embedded defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.embedded).toMatchObject({ boltPort: 7687, dataDir: '.data/neo4j', heap: '512m', pageCache: '256m' });
    expect(c.server).toMatchObject({ port: 4000, host: '127.0.0.1', apiToken: undefined, production: false });
  });

  it.each([
    ['bolt://localhost:7687'],
    ['neo4j://cluster.example.com'],
    ['neo4j+s://abcd.databases.neo4j.io'],
  ])('accepts NEO4J_URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'pw' }).neo4j.uri).toBe(uri);
  });

  it('treats empty strings as unset rather than zero', () => {
    const c = loadConfig({ PORT: '', NEO4J_URI: '  ', API_TOKEN: '' });
    expect(c.server.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.server.apiToken).toBeUndefined();
  });

  it('reports every bad value at once, naming the variable and the value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT="eighty"');
    expect(problems).toContain('NEO4J_URI="http://x"');
    expect(problems).toContain('NEO4J_HEAP="lots"');
    expect(problems).toContain('LOG_LEVEL="loud"');
  });

  it('requires username and password together for a remote server', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://h:7687', NEO4J_USERNAME: 'neo4j' })).toThrow(/together/);
  });

  it('reads NEWSGRAPH_GAZETTEER as a comma-separated list of paths', () => {
    expect(loadConfig({}).gazetteerFiles).toEqual([]);
    expect(loadConfig({ NEWSGRAPH_GAZETTEER: ' ' }).gazetteerFiles).toEqual([]);
    expect(loadConfig({ NEWSGRAPH_GAZETTEER: 'mine.tsv' }).gazetteerFiles).toEqual(['mine.tsv']);
    expect(loadConfig({ NEWSGRAPH_GAZETTEER: ' data/mine.tsv , /srv/more companies.tsv' }).gazetteerFiles).toEqual(['data/mine.tsv', '/srv/more companies.tsv']);
  });

  it('refuses an empty path in NEWSGRAPH_GAZETTEER', () => {
    expect(() => loadConfig({ NEWSGRAPH_GAZETTEER: 'mine.tsv,,more.tsv' })).toThrow(/NEWSGRAPH_GAZETTEER="mine.tsv,,more.tsv": expected comma-separated paths/);
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins, none by default', () => {
    expect(loadConfig({}).server.corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:8888' }).server.corsOrigins).toEqual(['https://a.example', 'http://localhost:8888']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
  });

  it('switches production mode from NODE_ENV', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).server.production).toBe(true);
  });
});

describe('supportsNewsgraph', () => {
  it.each([
    ['5.26.30', true],
    ['5.27.0', true],
    ['2025.10.1', true],
    ['5.25.1', false],
    ['4.4.40', false],
  ])('Neo4j %s → %s', (version, ok) => {
    expect(supportsNewsgraph(version)).toBe(ok);
  });
});
