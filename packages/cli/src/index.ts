export { runCli, usage, COMMANDS } from './run-cli';
export { UsageError } from './args';
export { ingestPaths, formatIngestSummary, type IngestSummary } from './ingest-paths';
export { serveStore, createIngestFn, closeOnSignals } from './serve';
export { formatTable } from './table';
export type { CliIO } from './io';
