export * from './graph-store';
export * from './errors';
export * from './embedded';
export * from './open-store';
export * from './neo4j';
export * from './export';
export { guardReadOnlyCypher, checkBuildCost } from './cypher-guard';
export * from './document-log';
export * from './ingest-queue';
