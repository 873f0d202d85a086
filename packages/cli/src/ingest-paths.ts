import { createExtractor } from '@kg/extractor';
import type { GraphStore, IngestReport } from '@kg/graph-store';
import { readSources } from './inputs/read-sources';
import { createProgress } from './progress';

export const DEFAULT_INGEST_BATCH = 50;

export interface IngestSummary extends IngestReport {
  failures: Array<{ origin: string; message: string }>;
  elapsedMs: number;
}

/** Read files/folders/URLs, extract in batches and ingest each batch, with progress on stderr. */
export async function ingestPaths(
  store: GraphStore,
  paths: string[],
  options: { batch?: number; stderr?: NodeJS.WriteStream; date?: string; timeoutMs?: number } = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { inputs, failures } = await readSources(paths, {
    date: options.date,
    limits: options.timeoutMs ? { timeoutMs: options.timeoutMs } : {},
  });
  const extractor = createExtractor();
  const batch = options.batch ?? DEFAULT_INGEST_BATCH;
  const progress = createProgress('ingest', options.stderr);
  const summary = emptySummary(failures);
  progress.update(0, inputs.length);
  for (let i = 0; i < inputs.length; i += batch) {
    const slice = inputs.slice(i, i + batch);
    const {
      result,
      texts,
      failures: extractFailures,
    } = extractor.extract(slice, { referenceDate: options.date });
    summary.failures.push(...extractFailures);
    addReport(summary, await store.ingest(result, texts));
    progress.update(Math.min(i + batch, inputs.length), inputs.length, slice.at(-1)?.origin ?? '');
  }
  progress.stop();
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/** A summary with no document yet, starting with the intake failures. */
export function emptySummary(failures: IngestSummary['failures'] = []): IngestSummary {
  return {
    documents: 0,
    unchanged: 0,
    replaced: 0,
    entities: 0,
    relations: 0,
    evidence: 0,
    failures: [...failures],
    elapsedMs: 0,
  };
}

/** Adds one batch's store report to the running summary. */
export function addReport(summary: IngestSummary, report: IngestReport): void {
  for (const key of [
    'documents',
    'unchanged',
    'replaced',
    'entities',
    'relations',
    'evidence',
  ] as const) {
    summary[key] += report[key];
  }
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
