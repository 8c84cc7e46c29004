import { fragment } from '../../cypher.js';
import { int } from '../params.js';
import { atDay } from './edge-filter.js';
import type { ConnectionPlan, EntityPlan } from './plan.js';

// One Cypher statement for a whole nested plan: the companies by id, and for each connection a
// `CALL (parent) { MATCH … ORDER BY … SKIP … LIMIT … RETURN collect(…) }` subquery, so ordering and
// slicing happen per parent inside Neo4j and only the asked properties travel. For
//   company(id) { name suppliers(first: 5) { totalCount edges { node { source { name } } } } }
// it builds
//   UNWIND $ids AS id
//   MATCH (n0:Company {id: id})
//   CALL (n0) {
//     MATCH (n0)<-[r1:SUPPLIES]-(o1:Company)
//     WHERE r1.confidence >= $h1_minConfidence
//     WITH r1, o1 ORDER BY r1.confidence DESC, o1.id SKIP $h1_skip LIMIT $h1_limit
//     WITH r1, startNode(r1) AS s1, endNode(r1) AS t1
//     RETURN collect(r1 {type: type(r1), source: s1 {.id, .name, kind: 'COMPANY'}, target: t1 {.id, kind: 'COMPANY'}}) AS c1
//   }
//   RETURN id, n0 {.id, .name, kind: 'COMPANY', `@connections`: {suppliers: {page: c1, total: COUNT { … }}}} AS entity
// Each page reads one row more than asked (`LIMIT first + 1`): that row only says there is a next page.
// Every value is a parameter; the text depends only on the plan's shape, so Neo4j's plan cache holds.

export interface Statement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** The key under which an entity row carries its connection pages. */
export const connectionsKey = '@connections';

const arrows = { OUT: ['-', '->'], IN: ['<-', '-'], BOTH: ['-', '-'] } as const;

class Builder {
  private hops = 0;
  readonly params: Record<string, unknown> = {};

  /** The CALL subqueries an entity needs (placed before its projection) and the projection itself. */
  entity(v: string, plan: EntityPlan, indent: string): { calls: string[]; map: string } {
    const calls: string[] = [];
    const connections: string[] = [];
    for (const [key, c] of plan.connections) {
      const hop = ++this.hops;
      const where = this.where(c, hop);
      const page = c.page ? this.page(v, c, hop, where, indent) : undefined;
      if (page) calls.push(page);
      const parts = [`page: ${page ? `c${hop}` : '[]'}`];
      if (c.total) parts.push(`total: COUNT { ${pattern(v, c, hop)}${where ? ` WHERE ${where}` : ''} }`);
      connections.push(`${key}: {${parts.join(', ')}}`);
    }
    const props = [...plan.fields, 'id'].filter((f, i, all) => all.indexOf(f) === i).map((f) => `.${f}`);
    props.push(`kind: 'COMPANY'`);
    if (connections.length > 0) props.push(`\`${connectionsKey}\`: {${connections.join(', ')}}`);
    return { calls, map: `${v} {${props.join(', ')}}` };
  }

  private where(c: ConnectionPlan, hop: number): string {
    return c.filters
      .map((f) =>
        f.cypher(`r${hop}`, (name) => {
          const param = `h${hop}_${name}`;
          this.params[param] = f.params[name];
          return `$${param}`;
        }),
      )
      .join(' AND ');
  }

  private page(v: string, c: ConnectionPlan, hop: number, where: string, indent: string): string {
    const [r, o, s, t] = [`r${hop}`, `o${hop}`, `s${hop}`, `t${hop}`];
    const inner = `${indent}  `;
    this.params[`h${hop}_skip`] = int(c.window.skip);
    this.params[`h${hop}_limit`] = int(c.window.limit + 1);
    const source = this.entity(s, c.edge.source, inner);
    const target = this.entity(t, c.edge.target, inner);
    const props = [`type: type(${r})`, ...[...c.edge.fields].map((f) => `.${f}`), `source: ${source.map}`, `target: ${target.map}`];
    if (c.edge.lifecycle) {
      this.params[`h${hop}_day`] = c.asOf;
      props.push(`lifecycle: ${atDay(fragment('lifecycle', r), `$h${hop}_day`)}`);
    }
    return [
      `${indent}CALL (${v}) {`,
      `${inner}MATCH ${pattern(v, c, hop)}`,
      ...(where ? [`${inner}WHERE ${where}`] : []),
      `${inner}WITH ${r}, ${o} ORDER BY ${r}.confidence DESC, ${o}.id SKIP $h${hop}_skip LIMIT $h${hop}_limit`,
      `${inner}WITH ${r}, startNode(${r}) AS ${s}, endNode(${r}) AS ${t}`,
      ...source.calls,
      ...target.calls,
      `${inner}RETURN collect(${r} {${props.join(', ')}}) AS c${hop}`,
      `${indent}}`,
    ].join('\n');
  }
}

function pattern(v: string, c: ConnectionPlan, hop: number): string {
  const [left, right] = arrows[c.direction];
  return `(${v})${left}[r${hop}:${c.type}]${right}(o${hop}:Company)`;
}

/** Companies by id with everything the plan asks for; columns: id, entity. Missing ids give no row. */
export function buildCompaniesRead(plan: EntityPlan, ids: readonly string[]): Statement {
  return build('read-nested-companies', plan, ['UNWIND $ids AS id', 'MATCH (n0:Company {id: id})'], 'id', { ids: [...new Set(ids)] });
}

/**
 * The company a name denotes, with everything the plan asks for, in one statement: the exact canonical name
 * wins, then the alias key (`key`, the normalised name: "Meta Platforms Inc." → "meta platforms"); among
 * several candidates (an ambiguous alias) the most mentioned, then the smallest id, as findEntityByName
 * (entities.ts) decides. Columns: id, entity; no row when the name denotes nothing.
 */
export function buildCompanyByNameRead(plan: EntityPlan, name: string, key: string): Statement {
  const match = [
    'CALL () {',
    '  MATCH (c:Company {name: $name}) RETURN c, 0 AS rank',
    '  UNION',
    '  MATCH (:Alias {key: $key})-[:OF]->(c:Company) RETURN c, 1 AS rank',
    '}',
    'WITH c AS n0 ORDER BY rank, coalesce(n0.mentionCount, 0) DESC, n0.id LIMIT 1',
  ];
  return build('read-nested-company-by-name', plan, match, 'n0.id AS id', { name, key });
}

function build(name: string, plan: EntityPlan, match: string[], id: string, params: Record<string, unknown>): Statement {
  const b = new Builder();
  const root = b.entity('n0', plan, '');
  const text = [...match, ...root.calls, `RETURN ${id}, ${root.map} AS entity`].join('\n');
  return { name, text, params: { ...b.params, ...params } };
}
