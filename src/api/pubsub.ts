import { createPubSub } from 'graphql-yoga';
import type { RelationshipView } from '../graph/read/views.js';

// In-process events for subscriptions. Events reach every API process because each one polls the graph for
// changed edges (live-edges.ts) rather than relying on the process that ran the ingest.
export type ApiPubSub = ReturnType<typeof createApiPubSub>;

export function createApiPubSub() {
  const inner = createPubSub<{ relationshipDiscovered: [companyId: string, relationship: RelationshipView] }>();
  let subscribers = 0;
  // When the first of the current subscribers came: what changed before that is history to them.
  let listeningSince = new Date().toISOString();
  // Counts open subscriptions, so the poller queries only while someone listens. Written out rather than as
  // an async generator: a generator waiting for its next event cannot be returned until that event comes,
  // so a client that went away would stay counted (and its buffers kept) until the company's next edge.
  function counted(source: AsyncIterable<RelationshipView>): AsyncIterableIterator<RelationshipView> {
    const inner = source[Symbol.asyncIterator]();
    if (subscribers === 0) listeningSince = new Date().toISOString();
    subscribers += 1;
    let open = true;
    const release = () => {
      if (open) subscribers -= 1;
      open = false;
    };
    return {
      async next() {
        const result = await inner.next();
        if (result.done) release();
        return result;
      },
      async return(value?: unknown) {
        release();
        await inner.return?.(value);
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
  return {
    publish: (topic: 'relationshipDiscovered', companyId: string, relationship: RelationshipView) =>
      inner.publish(topic, companyId, relationship),
    subscribe: (topic: 'relationshipDiscovered', companyId: string) => counted(inner.subscribe(topic, companyId)),
    subscribers: () => subscribers,
    listeningSince: () => listeningSince,
  };
}
