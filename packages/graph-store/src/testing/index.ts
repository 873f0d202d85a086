export { openEmptyTestStore, openNeo4jTestStore, testStoreKind, wipeNeo4j } from './test-store';
export type { TestStoreKind } from './test-store';
