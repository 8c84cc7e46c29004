import { NotFoundError } from '../errors.js';
import { findEntityByName, getEntities } from '../graph/read/entities.js';
import type { GraphClient } from '../graph/neo4j-client.js';

/** A company as a person names it on the command line: its id ("acme-corp"), else its name or an alias. */
export async function resolveCompany(client: GraphClient, ref: string): Promise<{ id: string; name: string }> {
  const byId = (await getEntities(client, 'COMPANY', [ref])).get(ref);
  const company = byId ?? (await findEntityByName(client, 'COMPANY', ref));
  if (!company) throw new NotFoundError(`no company with the id or name "${ref}"`);
  return { id: company.id, name: company.name };
}
