import type { GroupingStore, PartOutcome } from '../ingest-queue/group';
import type { DocumentLog, LoggedBatch } from './document-log';

/**
 * `store` with every write recorded first in the log: `ingest` appends its documents (fsynced)
 * before the store commits, `deleteDocument` logs the deletion before deleting. Whatever the
 * store acknowledged is in the log, so `kg repair` can rebuild the store from it. A write the
 * store refuses or fails (it rolls back) is taken back with an `abort` line. `openLog` runs at
 * the first write (reads, `kg query`, never scan the log). Reads pass through; `close` closes
 * both. `store` is a plain object, as both adapters return.
 */
export function withDocumentLog(store: GroupingStore, openLog: () => DocumentLog): GroupingStore {
  let log: DocumentLog | undefined;
  /** Logs with `write`, then runs the store's `run`; an abort line when the store fails. */
  const guarded = async <R>(
    write: (l: DocumentLog) => LoggedBatch,
    run: () => Promise<R>,
  ): Promise<R> => {
    const l = (log ??= openLog());
    const batch = write(l);
    try {
      return await run();
    } catch (err) {
      abort(l, batch, err);
      throw err;
    }
  };
  const { ingestGroup } = store;
  return {
    ...store,
    // a group commit: every part logged in one fsync first, a failed part aborted alone
    ingestGroup:
      ingestGroup &&
      (async (parts) => {
        const l = (log ??= openLog());
        const batches = l.appendBatches(parts.map((p) => p.texts));
        let outcomes: PartOutcome[];
        try {
          outcomes = await ingestGroup(parts);
        } catch (err) {
          for (const b of batches) abort(l, b, err);
          throw err;
        }
        outcomes.forEach((o, i) => {
          if (!o.ok) abort(l, batches[i], o.error);
        });
        return outcomes;
      }),
    ingest: (result, texts, options) =>
      guarded(
        (l) => l.append(texts),
        () => store.ingest(result, texts, options),
      ),
    deleteDocument: (docId) =>
      guarded(
        (l) => l.delete(docId),
        () => store.deleteDocument(docId),
      ),
    close: async () => {
      try {
        await store.close();
      } finally {
        log?.close();
      }
    },
  };
}

/** Logs that the store did not commit `batch`; the store's error is the one the caller sees. */
function abort(log: DocumentLog, batch: LoggedBatch, err: unknown): void {
  try {
    log.abort(batch, err instanceof Error ? err.message : String(err));
  } catch (logErr) {
    console.warn(`@kg/graph-store/document-log: ${(logErr as Error).message}`);
  }
}
