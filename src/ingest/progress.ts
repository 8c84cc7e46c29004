import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import cliProgress from 'cli-progress';
import { isReadError } from './readers/index.js';
import { type FileEntry, walkPaths } from './readers/walk.js';
import type { IngestProgress } from './report.js';

// How an ingest run shows progress: a bar with articles/s and ETA on a terminal, a plain line every few
// seconds otherwise (logs, CI). Both on stderr, so stdout stays clean for --json.

export interface ProgressView {
  update(p: IngestProgress): void;
  /** A failure line: printed at once in line mode, after the bar on a terminal (so the bar is not torn). */
  fail(line: string): void;
  stop(): void;
}

export function createProgressView(total: number | undefined, tty: boolean, write: (line: string) => void, label = 'ingest'): ProgressView {
  const started = Date.now();
  const rate = (done: number) => done / Math.max(0.001, (Date.now() - started) / 1000);
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        format: total
          ? `${label} {bar} {percentage}% | {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | {failed} failed`
          : `${label} {value} articles | {rate} articles/s | {failed} failed`,
        stream: process.stderr,
        etaBuffer: 200,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { rate: '0', failed: 0 });
    const failures: string[] = [];
    let stopped = false;
    return {
      fail: (l) => void failures.push(l),
      update(p) {
        if (total !== undefined && p.done > bar.getTotal()) bar.setTotal(p.done);
        bar.update(p.done, { rate: rate(p.done).toFixed(0), failed: p.failed });
      },
      stop() {
        if (stopped) return;
        stopped = true;
        bar.stop();
        for (const l of failures) process.stderr.write(`${l}\n`);
      },
    };
  }
  let lastLine = 0;
  let last: IngestProgress | undefined;
  const line = (p: IngestProgress) =>
    write(`${label}: ${p.done}${total ? `/${total}` : ''} articles, ${rate(p.done).toFixed(0)}/s, ${p.failed} failed`);
  return {
    fail: (l) => process.stderr.write(`${l}\n`),
    update(p) {
      last = p;
      if (Date.now() - lastLine >= 2000) {
        lastLine = Date.now();
        line(p);
        last = undefined;
      }
    },
    stop() {
      if (last) line(last);
      last = undefined;
    },
  };
}

/** A quick estimate of how many articles the paths hold (JSONL lines + other files), for the ETA. It
 * lists files the way the readers do (walk.ts), so it never opens a FIFO, follows a link loop or throws. */
export async function estimateArticles(paths: string[]): Promise<number | undefined> {
  if (paths.includes('-')) return undefined;
  let total = 0;
  for await (const entry of walkPaths(paths)) {
    const ext = isReadError(entry) ? '' : extname(entry.path).toLowerCase();
    total += ext === '.jsonl' || ext === '.ndjson' ? await countLines((entry as FileEntry).path).catch(() => 1) : 1;
  }
  return total;
}
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let lastByte = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1]!;
  }
  return lines + (lastByte === 0x0a ? 0 : 1);
}
