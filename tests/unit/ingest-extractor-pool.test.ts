import { describe, expect, it } from 'vitest';
import { workerExtractor } from '../../src/ingest/extractor-pool.js';

const fixture = (name: string) => new URL(`./extractor-pool-${name}-fixture.ts`, import.meta.url).href;

describe('workerExtractor', () => {
  it('rejects pending and later extractions when a worker exits without an error', async () => {
    const pool = await workerExtractor(1, fixture('exit'));
    try {
      await expect(pool.extract({ id: 'a', text: 'fine' })).resolves.toMatchObject({ articleId: 'a' });
      await expect(pool.extract({ id: 'exit', text: 'bye' })).rejects.toThrow(/exited \(code 3\)/);
      await expect(pool.extract({ id: 'b', text: 'after' })).rejects.toThrow(/crashed/);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('terminates the workers that started when another fails to start', async () => {
    const channel = new BroadcastChannel('extractor-pool-half-fixture');
    const heard: string[] = [];
    channel.onmessage = (e) => heard.push(String((e as MessageEvent).data));
    try {
      await expect(workerExtractor(2, fixture('half'))).rejects.toThrow(/fails to start/);
      await new Promise((r) => setTimeout(r, 200));
      expect(heard.filter((m) => m.startsWith('started'))).toHaveLength(1);
      channel.postMessage('ping');
      await new Promise((r) => setTimeout(r, 500));
      expect(heard.filter((m) => m.startsWith('pong'))).toEqual([]);
    } finally {
      channel.close();
    }
  }, 30_000);
});
