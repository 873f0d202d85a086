export { createNeo4jStore, neo4jConfigFromEnv, DEFAULT_CONNECTION_TIMEOUT_MS } from './neo4j-store';
export type { Neo4jStoreConfig } from './neo4j-store';
export { detectWrites, checkReadOnly, READ_ONLY_PROCEDURES } from './write-detector';
export type { WriteCheck } from './write-detector';
