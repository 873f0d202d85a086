import { inject } from 'vitest';

/** The Neo4j the `neo4j` test project runs against (started by its global setup). */
export interface Neo4jTestConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** `5.26.30 community`, or `external` for a server given by KG_TEST_NEO4J_URI. */
  version: string;
  /** Time the dev server took to accept Bolt connections (0 for an external server). */
  startMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestConnection | null;
  }
}

/** The test project's Neo4j; throws (failing the test) outside the `neo4j` project. */
export function neo4jTestConnection(): Neo4jTestConnection {
  const connection = inject('neo4j');
  if (!connection) {
    throw new Error(
      '@kg/neo4j-dev/testing: no Neo4j was provided: run this file in the vitest project "neo4j" ' +
        '(npx pnpm@12.4.2 test), which starts one',
    );
  }
  return connection;
}
