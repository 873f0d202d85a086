export { createApp } from './create-app';
export { startServer, DEFAULT_SHUTDOWN_GRACE_MS } from './start-server';
export type { RunningServer } from './start-server';
export {
  loadServerConfig,
  ConfigError,
  DEFAULT_SERVER_CONFIG,
  LOG_LEVELS,
  parseByteSize,
} from './config';
export type { ServerConfig } from './config';
export type { AppDeps, IngestFn, IngestInput, IngestOutcome } from './app-context';
export { buildOpenApi, API_ROUTES } from './openapi';
export { cspDirectives } from './security-headers';
export {
  createFileViewStore,
  DEFAULT_VIEW_STORE_LIMITS,
  ViewStoreCorruptError,
  ViewStoreFullError,
  ViewTooLargeError,
} from './view-store';
export type { ViewStore, ViewStoreLimits } from './view-store';
export { GraphEvents, GRAPH_CHANGE_REASONS } from './live/graph-events';
export type { GraphChange, GraphChangedEvent, GraphChangeReason } from './live/graph-events';
export {
  EDITOR_TOKEN_FILE,
  isLoopbackHost,
  removeEditorToken,
  resolveWriteAccess,
  type WriteAccess,
} from './live/write-access';
export { notifyGraphChanged } from './app-context';
