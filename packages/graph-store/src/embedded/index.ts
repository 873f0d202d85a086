export { createEmbeddedStore, DEFAULT_BUFFER_POOL_SIZE } from './embedded-store';
export type { EmbeddedStoreOptions } from './embedded-store';
