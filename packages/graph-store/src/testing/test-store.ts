import neo4j from 'neo4j-driver';
import { neo4jTestConnection, type Neo4jTestConnection } from '@kg/neo4j-dev/testing';
import { createEmbeddedStore } from '../embedded';
import type { GraphStore } from '../graph-store';
import { createNeo4jStore } from '../neo4j';

export type TestStoreKind = 'embedded' | 'neo4j';

/** The store the running vitest project tests: `neo4j` in the project of that name. */
export function testStoreKind(): TestStoreKind {
  return process.env.KG_TEST_STORE === 'neo4j' ? 'neo4j' : 'embedded';
}

/** Deletes every node and relationship of the test database (constraints stay). */
export async function wipeNeo4j(connection: Neo4jTestConnection): Promise<void> {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.user, connection.password),
  );
  const session = driver.session({ database: connection.database });
  try {
    // an auto-commit transaction: the only kind that may run CALL { } IN TRANSACTIONS
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS');
  } finally {
    await session.close();
    await driver.close();
  }
}

/** A Neo4j store on the test project's (wiped) database. */
export async function openNeo4jTestStore(): Promise<GraphStore> {
  const connection = neo4jTestConnection();
  await wipeNeo4j(connection);
  return createNeo4jStore(connection);
}

/**
 * An empty store of the kind the test project asks for: the embedded store in `dir`, or the
 * project's Neo4j, wiped (test files of the `neo4j` project run one at a time).
 */
export async function openEmptyTestStore(
  dir: string,
  bufferPoolSize = 64 * 1024 * 1024,
): Promise<GraphStore> {
  return testStoreKind() === 'neo4j'
    ? openNeo4jTestStore()
    : createEmbeddedStore({ dir, bufferPoolSize });
}
