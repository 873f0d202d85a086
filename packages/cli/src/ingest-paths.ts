import type { GraphStore, IngestReport } from '@kg/graph-store';
import { createProgress } from './progress';
import { createBatchExtractor } from './stream/batch-extractor';
import { DEFAULT_BATCH_BYTES } from './stream/batches';
import { extractStream } from './stream/extract-stream';

export const DEFAULT_INGEST_BATCH = 50;

export interface IngestSummary extends IngestReport {
  failures: Array<{ origin: string; message: string }>;
  elapsedMs: number;
}

export interface IngestPathsOptions {
  /** Documents per batch (default 50). */
  batch?: number;
  /** Text per batch at most, in characters (default 1 Mi): a batch closes at either limit. */
  batchBytes?: number;
  /** Extraction threads: 1 extracts in this thread (default 'auto', see createBatchExtractor). */
  workers?: number | 'auto';
  stderr?: NodeJS.WriteStream;
  date?: string;
  timeoutMs?: number;
}

const COUNTS = ['documents', 'unchanged', 'replaced', 'entities', 'relations', 'evidence'] as const;

/**
 * Reads files/folders/URLs as a stream, extracts them in batches (in worker threads when
 * `workers` ≥ 2) and ingests each batch in input order while the next ones are extracted, with
 * progress on stderr. Memory stays bounded whatever the corpus size; the store receives the same
 * batches whatever the number of workers.
 */
export async function ingestPaths(
  store: GraphStore,
  paths: string[],
  options: IngestPathsOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const progress = createProgress('ingest', options.stderr);
  const summary = emptySummary();
  const extractor = createBatchExtractor(options.workers ?? 'auto');
  let read = 0;
  let done = 0;
  try {
    const batches = extractStream(paths, extractor, {
      rule: {
        docs: options.batch ?? DEFAULT_INGEST_BATCH,
        bytes: options.batchBytes ?? DEFAULT_BATCH_BYTES,
      },
      date: options.date,
      limits: options.timeoutMs ? { timeoutMs: options.timeoutMs } : {},
      onRead: (n) => (read = n),
    });
    for await (const { inputs, failures, output } of batches) {
      summary.failures.push(...failures, ...output.failures);
      if (inputs.length === 0) continue;
      addReport(summary, await store.ingest(output.result, output.texts));
      done += inputs.length;
      progress.update(done, read, inputs.at(-1)?.origin ?? '');
    }
  } finally {
    progress.stop();
    await extractor.close();
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/** A store report of nothing ingested. */
export const emptyReport = (): IngestReport => ({
  documents: 0,
  unchanged: 0,
  replaced: 0,
  entities: 0,
  relations: 0,
  evidence: 0,
});

/** A summary with no document yet, starting with the intake failures. */
export function emptySummary(failures: IngestSummary['failures'] = []): IngestSummary {
  return { ...emptyReport(), failures: [...failures], elapsedMs: 0 };
}

/** Adds one batch's store report to the running summary. */
export function addReport(summary: IngestSummary, report: IngestReport): void {
  for (const key of COUNTS) summary[key] += report[key];
  if (report.copies) summary.copies = (summary.copies ?? 0) + report.copies;
}

export function formatIngestSummary(s: IngestSummary): string {
  const secs = (s.elapsedMs / 1000).toFixed(2);
  // syndicated copies: stored as outlets of an earlier report, their evidence counted once
  const copies = s.copies ? `, ${s.copies} syndicated copies` : '';
  const lines = [
    `ingested ${s.documents} document(s) in ${secs}s (${s.unchanged} unchanged, ${s.replaced} replaced${copies}): ` +
      `${s.entities} entities, ${s.relations} relations, ${s.evidence} evidence sentences`,
  ];
  for (const f of s.failures) lines.push(`  failed: ${f.origin}: ${f.message}`);
  return lines.join('\n');
}
