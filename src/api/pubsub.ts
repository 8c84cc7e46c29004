import { createPubSub } from 'graphql-yoga';
import type { RelationshipView } from '../graph/read/views.js';

// In-process events for subscriptions. Events reach every API process because each one polls the graph for
// changed edges (live-edges.ts) rather than relying on the process that ran the ingest.
export type ApiPubSub = ReturnType<typeof createApiPubSub>;

export function createApiPubSub() {
  const inner = createPubSub<{ relationshipDiscovered: [companyId: string, relationship: RelationshipView] }>();
  let subscribers = 0;
  // Counts open subscriptions, so the poller queries only while someone listens. A generator's `finally`
  // runs when Yoga returns the iterator (the client went away).
  async function* counted(source: AsyncIterable<RelationshipView>): AsyncGenerator<RelationshipView> {
    subscribers += 1;
    try {
      yield* source;
    } finally {
      subscribers -= 1;
    }
  }
  return {
    publish: (topic: 'relationshipDiscovered', companyId: string, relationship: RelationshipView) =>
      inner.publish(topic, companyId, relationship),
    subscribe: (topic: 'relationshipDiscovered', companyId: string) => counted(inner.subscribe(topic, companyId)),
    subscribers: () => subscribers,
  };
}
