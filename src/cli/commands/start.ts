// newsgraph start (`npm start`): the main job. Neo4j (embedded unless NEO4J_URI is set), the schema,
// the bundled examples when the database is empty, then the API and explorer until Ctrl-C.
import { serve } from './serve.js';

export const summary = 'run everything: Neo4j, examples on an empty database, API and explorer';

export function run(args: string[]): Promise<number> {
  return serve(args, { examples: true });
}
