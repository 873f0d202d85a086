import { intFlag, UsageError } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { formatIngestSummary, ingestPaths, DEFAULT_INGEST_BATCH } from '../ingest-paths';
import { connect } from '../live/connect';
import { ingestThroughServer } from '../live/remote-ingest';

/** `kg ingest PATH|URL... [--batch N] [--date YYYY-MM-DD] [--timeout MS] [--json]`. */
export const ingestSpec: CommandSpec = {
  name: 'ingest',
  summary: 'extract files, folders, web pages, feeds and URLs and store them (idempotent)',
  args: '[PATH|URL...]',
  options: [
    ['--batch <n>', `documents per extract/store batch (default ${DEFAULT_INGEST_BATCH})`],
    ['--date <YYYY-MM-DD>', 'date for documents that carry none (relative dates resolve to it)'],
    ['--timeout <ms>', 'time allowed per URL, headers and body (default 15000)'],
    ['--json', 'print the summary as one JSON object (counts, failures, elapsedMs)'],
  ],
  examples: [
    'kg ingest data/articles',
    'kg ingest saved-page.html https://news.example.org/world/rss.xml --json',
  ],
  notes:
    'Inputs: .txt .md .html .json .jsonl files, RSS/Atom feeds (.xml .rss .atom, or any file\n' +
    'that is one), folders (recursive), http(s) URLs of pages, feeds or plain text.\n' +
    'Exit code 1 when some input failed (the others are ingested); each failure is listed.\n' +
    'With a `kg serve`/`kg start` of the same KG_DATA_DIR running, the documents are read here\n' +
    'and sent to it (POST /api/documents, with its editor-token or KG_API_TOKEN).',
  async run(args, opts, io) {
    if (args.length === 0)
      throw new UsageError('ingest', 'give at least one file, folder or URL to ingest');
    const batch = intFlag('ingest', 'batch', str(opts.batch), DEFAULT_INGEST_BATCH, 1, 10_000);
    const date = str(opts.date);
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new UsageError('ingest', `--date must be YYYY-MM-DD (got "${date}")`);
    const timeoutMs = intFlag('ingest', 'timeout', str(opts.timeout), 15_000, 100, 600_000);
    const target = await connect('ingest', io);
    const options = { batch, stderr: io.stderr, date, timeoutMs };
    const summary =
      target.kind === 'server'
        ? await ingestThroughServer(target.client, args, options)
        : await ingestPaths(target.store, args, options).finally(() => target.store.close());
    io.stdout.write(
      opts.json ? `${JSON.stringify(summary)}\n` : `${formatIngestSummary(summary)}\n`,
    );
    return summary.failures.length > 0 ? 1 : 0;
  },
};
