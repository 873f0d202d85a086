export { createEmbeddedStore, DEFAULT_BUFFER_POOL_SIZE, DATABASE_FILE } from './embedded-store';
export type { EmbeddedStoreOptions } from './embedded-store';
export { moveDatabaseAside } from './move-aside';
