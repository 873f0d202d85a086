export { neo4jTestConnection } from './connection';
export type { Neo4jTestConnection } from './connection';
