import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Cypher lives in cypher/*.cypher, one statement per file, named verb-noun.cypher.
// Each repository module declares the statements it uses; a missing file fails at import,
// so at boot, not on the first request. The names are checked by the compiler:
//   const q = loadQueries(['find-company'] as const);  q['find-company'] ✓  q['find-compny'] ✗

export const cypherDir = fileURLToPath(new URL('../../cypher/', import.meta.url));

export interface Query {
  readonly name: string;
  readonly text: string;
}

const loaded = new Map<string, Query>();

export function readQuery(name: string): Query {
  const cached = loaded.get(name);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(`${cypherDir}${name}.cypher`, 'utf8');
  } catch {
    throw new Error(`Cypher file missing: cypher/${name}.cypher`);
  }
  const query = { name, text: expandFragments(text, name) };
  loaded.set(name, query);
  return query;
}

export function loadQueries<const N extends string>(names: readonly N[]): { readonly [K in N]: Query } {
  return Object.fromEntries(names.map((n) => [n, readQuery(n)])) as { [K in N]: Query };
}

// A statement may use an expression shared by many reads: `{{status-at r}}` becomes cypher/fragments/status-at.cypher
// (without its // lines) with its placeholder EDGE renamed to the variable `r`. Both names are written in the .cypher
// files, never taken from input. Fragments may use fragments. Today: a relationship's status on a day ($asOf,
// status-at) and the lifecycle columns reads return (lifecycle).

const FRAGMENT = /\{\{([a-z]+(?:-[a-z]+)*) ([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/** The fragment's expression for one variable, e.g. fragment('status-at', 'r'), parenthesised. */
export function fragment(name: string, variable: string): string {
  let text: string;
  try {
    text = readFileSync(`${cypherDir}fragments/${name}.cypher`, 'utf8');
  } catch {
    throw new Error(`Cypher fragment missing: cypher/fragments/${name}.cypher`);
  }
  const body = text.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n').trim();
  return `(${expandFragments(body.replace(/\bEDGE\b/g, variable), `fragments/${name}`)})`;
}

function expandFragments(text: string, queryName: string): string {
  return text.replace(FRAGMENT, (_, name: string, variable: string) => {
    try {
      return fragment(name, variable);
    } catch (error) {
      throw new Error(`cypher/${queryName}.cypher: ${(error as Error).message}`);
    }
  });
}

/** Names of every statement file on disk (for the registry test). */
export function queryFilesOnDisk(): string[] {
  return readdirSync(cypherDir)
    .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** Names of every statement some module has loaded so far. */
export function loadedQueryNames(): string[] {
  return [...loaded.keys()].sort();
}

/** The schema file holds several DDL statements separated by semicolons; each is idempotent. */
export function schemaStatements(): string[] {
  return readFileSync(`${cypherDir}schema.cypher`, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
