import neo4j from 'neo4j-driver';
import { z } from 'zod';

// The dump format (`newsgraph db dump`): JSON lines, gzipped when the file name ends in .gz.
//   {"format":"newsgraph-dump","version":1,"extractor":"2.0.0","createdAt":"…","nodes":1200,"relationships":5400}
//   {"node":"Company","props":{"id":"nvidia","name":"Nvidia","createdAt":"2026-…Z","confidence":1},"types":{"createdAt":"datetime","confidence":"float"}}
//   … every node, then every relationship, each between two nodes named by label and key:
//   {"rel":"SUPPLIES","from":["Company","nvidia"],"to":["Company","microsoft"],"props":{…},"types":{…}}
//   {"end":{"nodes":1200,"relationships":5400,"sha256":"…"}}          (sha256 of the lines between)
// JSON alone cannot tell 1.0 from 1 or a datetime from a string, so `types` names the properties it would
// misread: "float" (a whole number or ±Infinity/NaN stored as a float), "float[]", "integer" (beyond 2^53,
// written as a string), "datetime" (Neo4j's own ISO form, which `datetime()` reads back exactly).

export const DUMP_FORMAT = 'newsgraph-dump';
export const DUMP_VERSION = 1;

/** What newsgraph stores, and the property that names each node (a uniqueness constraint in schema.cypher). */
export const nodeKeys = {
  Company: 'id', Product: 'id', Article: 'id', Assertion: 'id', Curation: 'id', Alias: 'key',
  // An article's SimHash bands, for the near-duplicate lookup (cypher/find-similar-articles.cypher).
  SimBand: 'key',
  // Following the news (docs/feeds.md): feeds and their items, the watchlist, webhooks (with their secrets) and deliveries.
  Feed: 'url', FeedItem: 'key', Watch: 'companyId', Webhook: 'id', WebhookDelivery: 'id', AlertCursor: 'id',
} as const;
export const NodeLabel = z.enum(Object.keys(nodeKeys) as [keyof typeof nodeKeys, ...(keyof typeof nodeKeys)[]]);
export type NodeLabel = z.infer<typeof NodeLabel>;
export const RelType = z.enum(['IN', 'SUBJECT', 'OBJECT', 'MENTIONS', 'OF', 'SUPPLIES', 'COMPETES_WITH', 'OFFERS', 'IN_BAND']);
export type RelType = z.infer<typeof RelType>;

const ValueType = z.enum(['float', 'float[]', 'integer', 'datetime']);
type ValueType = z.infer<typeof ValueType>;
const Scalar = z.union([z.string(), z.boolean(), z.number()]);
const Props = z.record(z.string(), z.union([Scalar, z.array(Scalar)]));
const Types = z.record(z.string(), ValueType).optional();

export const Header = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.number().int(),
  extractor: z.string(),
  createdAt: z.string(),
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
});
export type Header = z.infer<typeof Header>;

export const NodeLine = z.object({ node: NodeLabel, props: Props, types: Types }).strict();
export const RelLine = z
  .object({ rel: RelType, from: z.tuple([NodeLabel, z.string()]), to: z.tuple([NodeLabel, z.string()]), props: Props, types: Types })
  .strict();
export const EndLine = z.object({
  end: z.object({ nodes: z.number().int().nonnegative(), relationships: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type NodeLine = z.infer<typeof NodeLine>;
export type RelLine = z.infer<typeof RelLine>;
export type EndLine = z.infer<typeof EndLine>;
export const BodyLine = z.union([NodeLine, RelLine]);

/** A property value the format does not carry (a point, a duration, a list of datetimes …): the dump stops rather than lose it. */
export class UnsupportedValueError extends Error {}

/**
 * Properties as the gateway reads them (numbers, ISO strings, bigint beyond 2^53) with Neo4j's
 * valueType() of each ("FLOAT NOT NULL"), to the JSON of a dump line.
 */
export function encodeProps(props: Record<string, unknown>, valueTypes: Array<[string, string]>, what: string) {
  const out: Record<string, unknown> = {};
  const types: Record<string, ValueType> = {};
  // Keys in order: the same graph gives the same lines, whatever order Neo4j keeps properties in.
  for (const [key, rawType] of [...valueTypes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const type = rawType.replace(/ NOT NULL/g, '');
    const value = props[key];
    if (type === 'STRING' || type === 'BOOLEAN' || type === 'LIST<STRING>' || type === 'LIST<BOOLEAN>' || type === 'LIST<NOTHING>') {
      out[key] = value;
    } else if (type === 'INTEGER') {
      out[key] = typeof value === 'bigint' ? String(value) : value;
      if (typeof value === 'bigint') types[key] = 'integer';
    } else if (type === 'FLOAT') {
      const n = value as number;
      out[key] = Number.isFinite(n) ? n : String(n);
      if (!Number.isFinite(n) || Number.isInteger(n)) types[key] = 'float';
    } else if (type === 'LIST<INTEGER>' && (value as unknown[]).every((v) => typeof v === 'number')) {
      out[key] = value;
    } else if (type === 'LIST<FLOAT>' && (value as number[]).every(Number.isFinite)) {
      out[key] = value;
      if ((value as number[]).some(Number.isInteger)) types[key] = 'float[]';
    } else if (type === 'ZONED DATETIME') {
      out[key] = value;
      types[key] = 'datetime';
    } else {
      throw new UnsupportedValueError(`${what}: property "${key}" holds a ${type}, which a newsgraph dump cannot carry`);
    }
  }
  return Object.keys(types).length > 0 ? { props: out, types } : { props: out };
}

/** A dump line's properties as query parameters: `props` for SET n = …, `times` (ISO strings) for datetime(). */
export function decodeProps(props: NodeLine['props'], types: NodeLine['types'] = {}): { props: Record<string, unknown>; times: Record<string, string> } {
  const out: Record<string, unknown> = {};
  const times: Record<string, string> = {};
  for (const [key, value] of Object.entries(props)) {
    const type = types[key];
    if (type === 'datetime') times[key] = String(value);
    else if (type === 'float') out[key] = Number(value);
    else if (type === 'float[]') out[key] = (value as unknown[]).map(Number);
    else if (type === 'integer') out[key] = neo4j.int(String(value));
    else if (Array.isArray(value)) out[key] = value.every((v) => typeof v === 'number' && Number.isInteger(v)) && value.length > 0 ? value.map((v) => neo4j.int(v as number)) : value;
    else out[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  for (const key of Object.keys(types)) if (!(key in props)) throw new Error(`"types" names "${key}", which is not among the properties`);
  return { props: out, times };
}

/** Why a node line cannot be stored, or undefined: its key property must be there, a string. */
export function nodeLineProblem(line: NodeLine): string | undefined {
  const key = nodeKeys[line.node];
  if (typeof line.props[key] !== 'string') return `a ${line.node} needs its "${key}" as a string`;
  if (line.types?.[key] !== undefined) return `the "${key}" of a ${line.node} is a plain string`;
  for (const [k, v] of Object.entries(line.props)) {
    if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) && line.types?.[k] === undefined) {
      return `property "${k}": ${v} is past 2^53; a large integer is written as a string with the type "integer"`;
    }
  }
  return undefined;
}
