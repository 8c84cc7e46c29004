import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, DomainError } from '../../src/errors.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { testClient, wipe } from './helpers.js';

let client: GraphClient;
beforeAll(async () => {
  client = testClient();
  await wipe(client);
});
afterAll(() => client.close());

async function dropSchema() {
  for (const { name } of await client.runText<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ')) {
    await client.runText(`DROP CONSTRAINT ${name}`);
  }
  for (const { name } of await client.runText<{ name: string }>(`SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name`, {}, 'READ')) {
    await client.runText(`DROP INDEX ${name}`);
  }
}

describe('graph gateway', () => {
  it('applies the schema twice without error and the constraints are there', async () => {
    await client.applySchema();
    await client.applySchema();
    const rows = await client.runText<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ');
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['company_id', 'product_id', 'article_id', 'assertion_id', 'alias_key', 'curation_id']),
    );
    const indexes = await client.runText<{ name: string; type: string }>(
      'SHOW INDEXES YIELD name, type RETURN name, type',
      {},
      'READ',
    );
    expect(indexes).toContainEqual({ name: 'company_names', type: 'FULLTEXT' });
    expect(indexes).toContainEqual({ name: 'product_names', type: 'FULLTEXT' });
    expect(indexes.map((i) => i.name)).not.toContain('entity_names');
  });

  it('applies the schema from several processes at once on a fresh database', async () => {
    const clients = Array.from({ length: 4 }, () => testClient());
    try {
      for (let round = 0; round < 3; round++) {
        await dropSchema();
        const results = await Promise.allSettled(clients.map((c) => c.applySchema()));
        expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      }
      const rows = await client.runText<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ');
      expect(rows).toHaveLength(6);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('round-trips a write and a read, converting integers and temporals to plain values', async () => {
    const query = { name: 'test-write', text: 'CREATE (c:Company {id: $id, name: $name, mentionCount: 3, firstSeen: datetime($at)}) RETURN c' };
    await client.write(query, { id: 'acme', name: 'Acme "Widgets" \\ Co 🚀', at: '2025-03-01T00:00:00Z' });
    const [row] = await client.read<{ c: Record<string, unknown> }>({ name: 'test-read', text: 'MATCH (c:Company {id: $id}) RETURN c' }, { id: 'acme' });
    expect(row.c).toEqual({ id: 'acme', name: 'Acme "Widgets" \\ Co 🚀', mentionCount: 3, firstSeen: '2025-03-01T00:00:00Z' });
  });

  it('runs several statements in one transaction, all or nothing', async () => {
    const create = { name: 'test-create', text: 'CREATE (:Company {id: $id})' };
    await expect(
      client.writeTransaction(async (tx) => {
        await tx.run(create, { id: 'first' });
        await tx.run(create, { id: 'acme' });
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const rows = await client.runText<{ n: number }>("MATCH (c:Company {id: 'first'}) RETURN count(c) AS n", {}, 'READ');
    expect(rows[0].n).toBe(0);
  });

  it('leaves a Cypher type error a server error, not a domain error', async () => {
    const error: unknown = await client.runText('UNWIND $x AS y RETURN y.name AS n', { x: [1] }, 'READ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(DomainError);
    expect((error as { code?: string }).code).toBe('Neo.ClientError.Statement.TypeError');
  });

  it('counts the statements it runs', async () => {
    const before = client.statementCount;
    await client.runText('RETURN 1', {}, 'READ');
    expect(client.statementCount).toBe(before + 1);
  });
});
