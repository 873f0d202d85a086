import { existsSync } from 'node:fs';
import { CorrectionsLog, withCorrections } from '@kg/curation';
import { createExtractor, type DocumentInput } from '@kg/extractor';
import {
  bufferPoolOf,
  createEmbeddedStore,
  dataDirOf,
  documentLogPath,
  moveDatabaseAside,
  readLiveDocuments,
  StoreInputError,
  StoreLockedError,
  type GraphStore,
} from '@kg/graph-store';
import type { DocumentLogPut, Stats } from '@kg/schema';
import { UsageError } from '../args';
import type { CommandSpec } from '../command-spec';
import { createProgress } from '../progress';
import { checkOk, checkStore, formatCheck } from './repair-check';

export interface RepairReport {
  logPath: string;
  /** Where the old database went (undefined: there was none). */
  movedTo?: string;
  /** Why the old database did not open (undefined: it opened). */
  openError?: string;
  logged: number;
  stats: Stats;
  failures: Array<{ origin: string; message: string }>;
  warnings: string[];
  elapsedMs: number;
}

export interface RepairOptions {
  bufferPoolSize: number;
  stderr?: NodeJS.WriteStream;
}

/**
 * Rebuilds the embedded store in `dataDir` from its document log: moves the old database aside
 * (`graph.kuzu.broken-<time>/`, never deleted), creates a fresh store and re-extracts and
 * ingests every live logged document in log order, in the batches they were ingested in, with the
 * corrections of `corrections.log.jsonl` applied (rebuild = documents + corrections). Works
 * when the old database cannot be opened at all; refuses while another process holds it.
 */
export async function rebuildStore(dataDir: string, options: RepairOptions): Promise<RepairReport> {
  const started = performance.now();
  const logPath = documentLogPath(dataDir);
  if (!existsSync(logPath))
    throw new Error(
      `no document log at ${logPath}: this store cannot be rebuilt (its documents were ingested before the log existed); ingest your files again into a new KG_DATA_DIR`,
    );
  const { documents, warnings } = readLiveDocuments(logPath);
  const failed = await probe(dataDir, options.bufferPoolSize);
  if (failed instanceof StoreLockedError) throw new Error(`${failed.message}; nothing changed`);
  const openError = failed?.message;
  const movedTo = moveDatabaseAside(dataDir);
  // the corrections log beside it is applied to every re-extracted batch: the corrected graph
  const store = withCorrections(
    await createEmbeddedStore({ dir: dataDir, bufferPoolSize: options.bufferPoolSize }),
    CorrectionsLog.forDataDir(dataDir),
  );
  try {
    const failures = await reingest(store, documents, options.stderr);
    const stats = await store.stats();
    return {
      logPath,
      movedTo,
      openError,
      logged: documents.length,
      stats,
      failures,
      warnings,
      elapsedMs: performance.now() - started,
    };
  } finally {
    await store.close();
  }
}

/** Opens and closes the old database: its open error, or undefined when it opens. */
async function probe(dataDir: string, bufferPoolSize: number): Promise<Error | undefined> {
  try {
    const old = await createEmbeddedStore({ dir: dataDir, bufferPoolSize, readOnly: true });
    await old.close();
    return undefined;
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** Consecutive documents logged by one ingest call: extracted together, as they were. */
export function logBatches(documents: DocumentLogPut[]): DocumentLogPut[][] {
  const batches: DocumentLogPut[][] = [];
  for (const d of documents) {
    const last = batches.at(-1);
    if (last && last[0].batch === d.batch) last.push(d);
    else batches.push([d]);
  }
  return batches;
}

async function reingest(
  store: GraphStore,
  documents: DocumentLogPut[],
  stderr?: NodeJS.WriteStream,
): Promise<RepairReport['failures']> {
  const extractor = createExtractor();
  const progress = createProgress('repair', stderr);
  const failures: RepairReport['failures'] = [];
  let done = 0;
  progress.update(0, documents.length);
  for (const batch of logBatches(documents)) {
    // the log holds the intake's output: plain text with its title, date and source
    const inputs: DocumentInput[] = batch.map((d) => ({
      id: d.id,
      text: d.text,
      title: d.title,
      date: d.date,
      source: d.source,
      format: 'text',
      origin: `document ${d.id}`,
    }));
    const { result, texts, failures: failed } = extractor.extract(inputs);
    failures.push(...failed);
    try {
      await store.ingest(result, texts);
    } catch (err) {
      // the store refuses what it refused at first ingest (if the extractor changed since)
      if (!(err instanceof StoreInputError)) throw err;
      failures.push({
        origin: `documents ${batch[0].id}..${batch.at(-1)?.id}`,
        message: err.message,
      });
    }
    done += batch.length;
    progress.update(done, documents.length, batch.at(-1)?.id);
  }
  progress.stop();
  return failures;
}

export function formatRepair(r: RepairReport): string {
  const s = r.stats;
  const lines = [
    r.movedTo
      ? `old database ${r.openError ? 'did not open' : 'opened'}; moved aside to ${r.movedTo}`
      : 'no old database',
    `rebuilt from ${r.logPath} in ${(r.elapsedMs / 1000).toFixed(2)}s: ${r.logged} logged document(s) -> ` +
      `${s.documents} documents, ${s.entities} entities, ${s.relations} relations, ${s.evidence} evidence sentences`,
  ];
  for (const f of r.failures) lines.push(`  failed: ${f.origin}: ${f.message}`);
  return lines.join('\n');
}

/** `kg repair [--check]`: rebuild the embedded store from its document log, or check it. */
export const repairSpec: CommandSpec = {
  name: 'repair',
  summary: 'rebuild the embedded store from its document log (or --check it)',
  options: [
    ['--check', 'compare the store with the log; exit 1 on any missing, extra or changed document'],
  ],
  examples: ['kg repair --check', 'KG_DATA_DIR=.kg kg repair'],
  notes:
    'The old database is moved aside to graph.kuzu.broken-<time>/ (never deleted); every logged\n' +
    'document is re-extracted and ingested in its original batch. Embedded store only.',
  async run(args, opts, io) {
    if (args.length) throw new UsageError('repair', `unexpected argument "${args[0]}"`);
    if (io.env.NEO4J_URI)
      throw new UsageError(
        'repair',
        'repairs the embedded store in KG_DATA_DIR; unset NEO4J_URI (a Neo4j database is checked with Neo4j tools)',
      );
    const dataDir = dataDirOf(io.env);
    const bufferPoolSize = bufferPoolOf(io.env);
    if (opts.check) {
      const report = await checkStore(dataDir, bufferPoolSize);
      for (const w of report.warnings) io.stderr.write(`kg repair: warning: ${w}\n`);
      io.stdout.write(`${formatCheck(report)}\n`);
      return checkOk(report) ? 0 : 1;
    }
    const report = await rebuildStore(dataDir, { bufferPoolSize, stderr: io.stderr });
    for (const w of report.warnings) io.stderr.write(`kg repair: warning: ${w}\n`);
    io.stdout.write(`${formatRepair(report)}\n`);
    return report.failures.length ? 1 : 0;
  },
};
