// The generated graph and the load drivers both API benchmarks use (bench/api.ts, bench/api-compare.ts).
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { GraphClient } from '../src/graph/neo4j-client.js';
import { createLogger } from '../src/logger.js';
import { closedLoop } from './http-load.js';

export const log = createLogger('info', 'bench:api');

// A small seeded PRNG, so that every run builds the same graph.
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const cid = (i: number) => `c${i}`;

export async function generate(client: GraphClient, companies: number, edges: number): Promise<void> {
  const started = performance.now();
  const batch = 20_000;
  for (let from = 0; from < companies; from += batch) {
    await client.runText(
      `UNWIND range($from, $to - 1) AS i
       CREATE (:Company {id: 'c' + toString(i), name: 'Company ' + toString(i), aliases: ['Co ' + toString(i)],
         aliasText: 'Co ' + toString(i), mentionCount: 1 + i % 97,
         firstSeen: datetime('2025-01-01T00:00:00Z') + duration({days: i % 200}),
         lastSeen: datetime('2025-07-20T00:00:00Z') + duration({days: i % 150}), createdAt: datetime()})`,
      { from, to: Math.min(companies, from + batch) },
    );
  }
  log.info(`${companies} companies in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Sources skewed towards low ids (a few hubs), targets anywhere; pairs unique per type.
  const random = mulberry32(42);
  const seen = new Set<string>();
  const rows: Record<'SUPPLIES' | 'COMPETES_WITH', { s: string; t: string; c: number; d: number }[]> = { SUPPLIES: [], COMPETES_WITH: [] };
  while (seen.size < edges) {
    const type = random() < 0.7 ? 'SUPPLIES' : 'COMPETES_WITH';
    let s = Math.floor(companies * random() ** 2);
    let t = Math.floor(companies * random());
    if (s === t) continue;
    if (type === 'COMPETES_WITH' && cid(t) < cid(s)) [s, t] = [t, s];
    const key = `${type}:${s}:${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows[type].push({ s: cid(s), t: cid(t), c: Math.round((0.3 + 0.7 * random()) * 100) / 100, d: Math.floor(random() * 300) });
  }
  const edgeBatch = 10_000;
  for (const type of ['SUPPLIES', 'COMPETES_WITH'] as const) {
    for (let i = 0; i < rows[type].length; i += edgeBatch) {
      await client.runText(
        `UNWIND $rows AS row
         MATCH (s:Company {id: row.s}), (t:Company {id: row.t})
         CREATE (s)-[:${type} {confidence: row.c, evidenceCount: 1,
           firstSeen: datetime('2025-01-01T00:00:00Z') + duration({days: row.d}),
           lastSeen: datetime('2025-01-01T00:00:00Z') + duration({days: row.d + 30}), createdAt: datetime()}]->(t)`,
        { rows: rows[type].slice(i, i + edgeBatch) },
      );
    }
  }
  log.info(`${edges} edges in ${((performance.now() - started) / 1000).toFixed(1)} s total`);
}

export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU ms the serving process (or this loop) spent per request. */
  cpuPerRequest?: number;
  /** CPU ms Neo4j spent per request, when its pid is known. */
  dbCpuPerRequest?: number;
}

/** CPU ms per request a process spent between two readings of cpuMs. */
const perRequest = (before: number | undefined, after: number | undefined, requests: number) =>
  before !== undefined && after !== undefined ? (after - before) / Math.max(requests, 1) : undefined;

/**
 * CPU time a process has used so far, in ms (Linux: /proc/<pid>/stat, utime + stime at 100 ticks a second).
 * Per request it is what the API itself spends, which a neighbour's load on a shared machine changes far
 * less than req/s. Undefined where /proc is not there.
 */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Closed-loop HTTP load (bench/http-load.ts) against a server; with `serverPid`, also the server's CPU ms per request. */
export async function viaHttp(
  port: number,
  s: { query: string; variables: () => Record<string, unknown> },
  seconds: number,
  connections: number,
  serverPid?: number,
  dbPid?: number,
): Promise<Measured> {
  const cpuBefore = cpuMs(serverPid);
  const dbBefore = cpuMs(dbPid);
  const body = () => JSON.stringify({ query: s.query, variables: s.variables() });
  const { latencies, errors, elapsed } = await closedLoop({ port, path: '/graphql', body, seconds, connections });
  return {
    ...summary(latencies, elapsed),
    errors,
    cpuPerRequest: perRequest(cpuBefore, cpuMs(serverPid), latencies.length),
    dbCpuPerRequest: perRequest(dbBefore, cpuMs(dbPid), latencies.length),
  };
}

/** req/s, p50 and p99 of the latencies (ms) of `seconds` of load. */
function summary(latencies: number[], seconds: number): Pick<Measured, 'rps' | 'p50' | 'p99'> {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { rps: sorted.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** `run` again and again from `concurrency` loops for `seconds`, in this process. */
export async function viaDriver(run: () => Promise<unknown>, seconds: number, concurrency: number, dbPid?: number): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = process.cpuUsage();
  const dbBefore = cpuMs(dbPid);
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await run();
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ...summary(latencies, seconds),
    errors,
    cpuPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(latencies.length, 1),
    dbCpuPerRequest: perRequest(dbBefore, cpuMs(dbPid), latencies.length),
  };
}

/** Runs `script` with `args` in a child process (the server alone in its process) until it prints READY. */
export async function startChild(script: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve();
    });
  });
  return child;
}
