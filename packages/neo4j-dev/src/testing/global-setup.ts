/**
 * vitest global setup of the `neo4j` test project: starts the dev server (Neo4j 5.26 Community)
 * on a free port with a fresh data directory and a random password, provides its connection to
 * the tests (`neo4jTestConnection()`), and stops it after the run. KG_TEST_NEO4J_URI (+
 * KG_TEST_NEO4J_USER, KG_TEST_NEO4J_PASSWORD, KG_TEST_NEO4J_DATABASE) points the tests at a
 * server of your own instead: its database is wiped by the tests.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { TEST_MEMORY } from '../jvm-options';
import { startNeo4jDevServer } from '../start-server';
import type { Neo4jTestConnection } from './connection';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.KG_TEST_NEO4J_URI;
  if (external) {
    const connection: Neo4jTestConnection = {
      uri: external,
      user: process.env.KG_TEST_NEO4J_USER || 'neo4j',
      password: process.env.KG_TEST_NEO4J_PASSWORD ?? '',
      database: process.env.KG_TEST_NEO4J_DATABASE || undefined,
      version: 'external',
      startMs: 0,
    };
    console.log(`[neo4j] tests run against ${external} (KG_TEST_NEO4J_URI); its data is wiped`);
    project.provide('neo4j', connection);
    return async () => undefined;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'kg-neo4j-test-'));
  const password = randomBytes(12).toString('hex');
  const server = await startNeo4jDevServer({
    dataDir,
    port: 0,
    password,
    ...TEST_MEMORY,
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  process.env.KG_NEO4J_SERVER_START_MS = String(server.startMs); // read by the reporter
  console.log(
    `[neo4j] NEO4J_SERVER_START_MS=${server.startMs} (Neo4j ${server.version}, ${server.uri})`,
  );
  project.provide('neo4j', {
    uri: server.uri,
    user: 'neo4j',
    password,
    version: server.version,
    startMs: server.startMs,
  });
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
