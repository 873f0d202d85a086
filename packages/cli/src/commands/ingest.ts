import { openStore } from '@kg/graph-store';
import { intFlag, UsageError } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { formatIngestSummary, ingestPaths, DEFAULT_INGEST_BATCH } from '../ingest-paths';
import {
  AUTO_LOCAL_BATCHES,
  defaultWorkers,
  MAX_WORKERS,
  workersFlag,
} from '../stream/batch-extractor';

/** `kg ingest PATH|URL... [--batch N] [--workers N] [--date YYYY-MM-DD] [--timeout MS] [--json]`. */
export const ingestSpec: CommandSpec = {
  name: 'ingest',
  summary: 'extract files, folders, web pages, feeds and URLs and store them (idempotent)',
  args: '[PATH|URL...]',
  options: [
    ['--batch <n>', `documents per extract/store batch (default ${DEFAULT_INGEST_BATCH})`],
    [
      '--workers <n|auto>',
      `extraction threads: 1 = this thread; auto (default) = this thread for the first ${AUTO_LOCAL_BATCHES} batches, then ${defaultWorkers()} (cores - 1, at most ${MAX_WORKERS}; 1 = this thread only)`,
    ],
    ['--date <YYYY-MM-DD>', 'date for documents that carry none (relative dates resolve to it)'],
    ['--timeout <ms>', 'time allowed per URL, headers and body (default 15000)'],
    ['--json', 'print the summary as one JSON object (counts, failures, elapsedMs)'],
  ],
  examples: [
    'kg ingest data/articles',
    'kg ingest big-corpus/ --workers 2 --batch 100',
    'kg ingest saved-page.html https://news.example.org/world/rss.xml --json',
  ],
  notes:
    'Inputs: .txt .md .html .json .jsonl files, RSS/Atom feeds (.xml .rss .atom, or any file\n' +
    'that is one), folders (recursive), http(s) URLs of pages, feeds or plain text.\n' +
    'Inputs stream: folders are walked and files read as their batch comes, extraction runs in\n' +
    'worker threads while the store writes; the store gets the same batches for any --workers.\n' +
    'Exit code 1 when some input failed (the others are ingested); each failure is listed.',
  async run(args, opts, io) {
    if (args.length === 0)
      throw new UsageError('ingest', 'give at least one file, folder or URL to ingest');
    const batch = intFlag('ingest', 'batch', str(opts.batch), DEFAULT_INGEST_BATCH, 1, 10_000);
    const workers = workersFlag('ingest', str(opts.workers));
    const date = str(opts.date);
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new UsageError('ingest', `--date must be YYYY-MM-DD (got "${date}")`);
    const timeoutMs = intFlag('ingest', 'timeout', str(opts.timeout), 15_000, 100, 600_000);
    const store = await openStore(io.env);
    try {
      const summary = await ingestPaths(store, args, {
        batch,
        workers,
        stderr: io.stderr,
        date,
        timeoutMs,
      });
      io.stdout.write(
        opts.json ? `${JSON.stringify(summary)}\n` : `${formatIngestSummary(summary)}\n`,
      );
      return summary.failures.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
