import type { GraphStore } from '../graph-store';
import type { DocumentLog } from './document-log';

/**
 * `store` with every write recorded first in `log`: `ingest` appends its documents (fsynced)
 * before the store commits, `deleteDocument` logs the deletion before deleting. Whatever the
 * store acknowledged is in the log, so `kg repair` can rebuild the store from it. Reads pass
 * through; `close` closes both.
 */
export function withDocumentLog(store: GraphStore, log: DocumentLog): GraphStore {
  return {
    ...store,
    ingest: (result, texts, options) => {
      log.append(texts);
      return store.ingest(result, texts, options);
    },
    deleteDocument: (docId) => {
      log.delete(docId);
      return store.deleteDocument(docId);
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
