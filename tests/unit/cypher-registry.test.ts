import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir, fragment, loadedQueryNames, queryFilesOnDisk, readQuery, schemaStatements } from '../../src/graph/cypher.js';

// Importing every graph module loads every query it declares; a missing file throws here.
const graphModules = import.meta.glob('../../src/graph/**/*.ts', { eager: true });

describe('cypher registry', () => {
  it('loads the graph modules', () => {
    expect(Object.keys(graphModules).length).toBeGreaterThan(0);
  });

  it('has a file on disk for every statement a module declares, and a user for every file', () => {
    expect(loadedQueryNames()).toEqual(queryFilesOnDisk());
  });

  it.each(queryFilesOnDisk())('%s starts with a // line and is one statement of parameters only', (name) => {
    const text = readFileSync(join(cypherDir, `${name}.cypher`), 'utf8');
    expect(text.startsWith('//')).toBe(true);
    const body = text.replace(/\/\/.*$/gm, '').trim();
    expect(body.replace(/;\s*$/, '')).not.toContain(';');
    expect(body).not.toMatch(/\$\{/);
  });

  it('fails loudly on a missing file', () => {
    expect(() => readQuery('no-such-query')).toThrow('cypher/no-such-query.cypher');
  });

  it('splits the schema into idempotent statements', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(6);
    for (const s of statements) expect(s).toMatch(/IF (NOT )?EXISTS/);
  });

  it('names files verb-noun', () => {
    for (const f of readdirSync(cypherDir).filter((f) => f !== 'fragments')) expect(f).toMatch(/^[a-z]+(-[a-z0-9]+)*\.cypher$/);
  });

  it('puts a fragment in place of {{name variable}}, with EDGE renamed', () => {
    const text = fragment('status-at', 'rel');
    expect(text).toMatch(/^\(CASE/);
    expect(text).toContain('rel.periodFrom');
    expect(text).not.toMatch(/\bEDGE\b|\/\//);
    expect(() => fragment('no-such-fragment', 'r')).toThrow('cypher/fragments/no-such-fragment.cypher');
  });
});
