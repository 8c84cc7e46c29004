import { createPubSub } from 'graphql-yoga';
import type { RelationshipView } from '../graph/read/views.js';

// In-process events for subscriptions. One API process: fine; several behind a load balancer
// would pass an event-target backed by Redis or similar to createPubSub instead.
export type ApiPubSub = ReturnType<typeof createApiPubSub>;

export function createApiPubSub() {
  return createPubSub<{ relationshipDiscovered: [companyId: string, relationship: RelationshipView] }>();
}
