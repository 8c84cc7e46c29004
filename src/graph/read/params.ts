import neo4j, { type Integer } from 'neo4j-driver';

// JS numbers travel to Neo4j as floats; SKIP, LIMIT and list slices need integers.
export function int(n: number): Integer {
  return neo4j.int(Math.trunc(n));
}

export function windowParams(w: { skip: number; limit: number }): { skip: Integer; limit: Integer } {
  return { skip: int(w.skip), limit: int(w.limit) };
}
