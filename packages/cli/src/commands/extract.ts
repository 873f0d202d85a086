import { createExtractor } from '@kg/extractor';
import { intFlag, UsageError } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { DEFAULT_INGEST_BATCH } from '../ingest-paths';
import { readSources } from '../inputs/read-sources';
import { defaultWorkers, workersFlag } from '../stream/batch-extractor';
import { DEFAULT_BATCH_BYTES } from '../stream/batches';
import { extractNdjson } from '../stream/extract-ndjson';

export const EXTRACT_FORMATS = ['json', 'ndjson'] as const;

/** `kg extract FILE|URL... [--format json|ndjson] [--workers N] [--batch N] [--id ID] [--date D] [--pretty]`. */
export const extractSpec: CommandSpec = {
  name: 'extract',
  summary: 'print the ExtractionResult JSON of files, pages, feeds or URLs (stores nothing)',
  args: '[FILE|URL...]',
  options: [
    ['--format <format>', `output format: ${EXTRACT_FORMATS.join(', ')} (default json)`],
    [
      '--workers <n|auto>',
      `ndjson: extraction threads, 1 = this thread (default auto: as kg ingest, up to ${defaultWorkers()})`,
    ],
    ['--batch <n>', `ndjson: documents per batch (default ${DEFAULT_INGEST_BATCH})`],
    ['--id <id>', 'document id (for several documents: ID-1, ID-2...)'],
    ['--date <YYYY-MM-DD>', 'date for documents that carry none'],
    ['--pretty', 'indent the JSON'],
  ],
  examples: [
    'kg extract ../shared/corpus/belarus-2022-04-07.txt --pretty',
    'kg extract article.html --date 2022-04-07 > pred.json',
    'kg extract big-corpus/ --format ndjson --workers 2 > corpus.ndjson',
  ],
  notes:
    'json: exactly one ExtractionResult object on stdout. ndjson: streams, one ExtractionResult\n' +
    'line per batch (the batches of kg ingest), memory bounded whatever the input size; --workers\n' +
    'and --batch apply to it. Failures go to stderr as\n' +
    'file[:line]: message; exit code 1 if any document failed.',
  async run(args, opts, io) {
    if (args.length === 0) throw new UsageError('extract', 'give at least one FILE or folder');
    const format = str(opts.format) ?? 'json';
    if (!EXTRACT_FORMATS.includes(format as (typeof EXTRACT_FORMATS)[number])) {
      throw new UsageError(
        'extract',
        `--format must be one of ${EXTRACT_FORMATS.join(', ')} (got "${format}")`,
      );
    }
    const date = str(opts.date);
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new UsageError('extract', `--date must be YYYY-MM-DD (got "${date}")`);
    }
    if (format === 'ndjson') {
      if (opts.id !== undefined)
        throw new UsageError('extract', '--id applies to --format json only (ndjson streams)');
      const workers = workersFlag('extract', str(opts.workers));
      const docs = intFlag('extract', 'batch', str(opts.batch), DEFAULT_INGEST_BATCH, 1, 10_000);
      const counts = await extractNdjson(args, io, {
        rule: { docs, bytes: DEFAULT_BATCH_BYTES },
        workers,
        date,
      });
      return counts.documents === 0 || counts.failures > 0 ? 1 : 0;
    }
    const { inputs, failures: readFailures } = await readSources(args, { id: str(opts.id), date });
    const { result, failures } = createExtractor().extract(inputs, { referenceDate: date });
    const allFailures = [...readFailures, ...failures];
    for (const f of allFailures) io.stderr.write(`kg extract: ${f.origin}: ${f.message}\n`);
    io.stdout.write(`${JSON.stringify(result, null, opts.pretty ? 2 : undefined)}\n`);
    if (result.documents.length === 0) return 1;
    return allFailures.length > 0 ? 1 : 0;
  },
};
