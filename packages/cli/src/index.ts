export { runCli, usage, loadCommands, COMMAND_LOADERS } from './run-cli';
export { UsageError } from './args';
export { ingestPaths, formatIngestSummary, type IngestSummary } from './ingest-paths';
export { serveStore, createIngestFn, closeOnSignals } from './serve';
export { formatTable } from './table';
export type { CliIO } from './io';
