import type { GraphClient } from '../neo4j-client.js';

/** True when Neo4j answers (for /readyz); never throws. */
export async function isNeo4jReachable(client: GraphClient, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([client.driver.verifyConnectivity().then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
