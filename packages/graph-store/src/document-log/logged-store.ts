import type { GraphStore } from '../graph-store';
import type { DocumentLog, LoggedBatch } from './document-log';

/**
 * `store` with every write recorded first in `log`: `ingest` appends its documents (fsynced)
 * before the store commits, `deleteDocument` logs the deletion before deleting. Whatever the
 * store acknowledged is in the log, so `kg repair` can rebuild the store from it. A write the
 * store refuses or fails (it rolls back) is taken back with an `abort` line. Reads pass through;
 * `close` closes both. `store` is a plain object, as both adapters return.
 */
export function withDocumentLog(store: GraphStore, log: DocumentLog): GraphStore {
  return {
    ...store,
    ingest: async (result, texts, options) => {
      const logged = log.append(texts);
      try {
        return await store.ingest(result, texts, options);
      } catch (err) {
        abort(log, logged, err);
        throw err;
      }
    },
    deleteDocument: async (docId) => {
      const logged = log.delete(docId);
      try {
        return await store.deleteDocument(docId);
      } catch (err) {
        abort(log, logged, err);
        throw err;
      }
    },
    close: async () => {
      try {
        await store.close();
      } finally {
        log.close();
      }
    },
  };
}

/** Logs that the store did not commit `logged`; the store's error is the one the caller sees. */
function abort(log: DocumentLog, logged: LoggedBatch, err: unknown): void {
  try {
    log.abort(logged, err instanceof Error ? err.message : String(err));
  } catch (logErr) {
    console.warn(`@kg/graph-store/document-log: ${(logErr as Error).message}`);
  }
}
