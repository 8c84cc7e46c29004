import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs where the tests run, so the compose file is checked as data.

const root = new URL('../../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'));
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');

describe('docker-compose.yml', () => {
  const { neo4j, newsgraph } = compose.services;

  it('runs a pinned Neo4j 5.26 Community with auth, a healthcheck and a named volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\S{8,}/);
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell|wget/);
    const [volume] = neo4j.volumes[0].split(':');
    expect(compose.volumes).toHaveProperty(volume);
  });

  it('builds newsgraph from the Dockerfile and starts it once Neo4j is healthy', () => {
    expect(newsgraph.build).toBe('.');
    expect(newsgraph.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(newsgraph.environment.NEO4J_USERNAME).toBe('neo4j');
    expect(newsgraph.environment.NEO4J_PASSWORD).toContain('NEO4J_PASSWORD');
    expect(newsgraph.depends_on.neo4j.condition).toBe('service_healthy');
    expect(newsgraph.ports).toContain('4000:4000');
  });

  it('uses one password for the server and the client', () => {
    const serverPassword = neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, '');
    expect(newsgraph.environment.NEO4J_PASSWORD).toBe(serverPassword);
    expect(neo4j.healthcheck.test.join(' ')).toContain(serverPassword);
  });
});

describe('Dockerfile', () => {
  it('builds on node:20-slim with npm ci and npm run build, and serves', () => {
    expect(dockerfile).toMatch(/^FROM node:20-slim$/m);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/cli\/main\.js", "serve"\]/);
  });
});
