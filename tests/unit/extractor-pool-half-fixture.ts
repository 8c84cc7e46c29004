import { threadId } from 'node:worker_threads';
import type { Article, Extraction } from '../../src/extract/types.js';

// An extractor module that fails to load in every other worker thread (even thread ids), so that a pool of
// two has one worker started and one failed. A live worker answers "ping" on the channel, so the test can
// tell whether the pool terminated it.
const channel = new BroadcastChannel('extractor-pool-half-fixture');
channel.onmessage = (e) => {
  if ((e as MessageEvent).data === 'ping') channel.postMessage(`pong ${threadId}`);
};
if (threadId % 2 === 0) {
  channel.close();
  throw new Error('fixture: this worker fails to start');
}
channel.postMessage(`started ${threadId}`);

export function extract(article: Article): Extraction {
  return { articleId: article.id, text: article.text, companies: [], products: [], relations: [] };
}
