import { openStore } from '@kg/graph-store';
import { intFlag, parseCommandArgs, UsageError } from '../args';
import { formatIngestSummary, ingestPaths, DEFAULT_INGEST_BATCH } from '../ingest-paths';
import type { CliIO } from '../io';

/** `kg ingest PATH... [--batch N] [--date YYYY-MM-DD]`: extract and store, idempotently. */
export async function ingestCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('ingest', argv, {
    batch: { type: 'string' },
    date: { type: 'string' },
    timeout: { type: 'string' },
  });
  if (positionals.length === 0)
    throw new UsageError('ingest', 'give at least one file or folder to ingest');
  const batch = intFlag('ingest', 'batch', values.batch, DEFAULT_INGEST_BATCH, 1, 10_000);
  const timeoutMs = intFlag('ingest', 'timeout', values.timeout, 15_000, 100, 600_000);
  const store = await openStore(io.env);
  try {
    const summary = await ingestPaths(store, positionals, {
      batch,
      stderr: io.stderr,
      date: values.date,
      timeoutMs,
    });
    io.stdout.write(`${formatIngestSummary(summary)}\n`);
    if (summary.documents === 0 && summary.failures.length > 0) return 1;
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
