import type { GraphStore } from '@kg/graph-store';

/** Test double for error mapping only: every operation rejects with `error`; ping says false. */
export function createFailingStore(error: unknown): GraphStore {
  const fail = () => Promise.reject(error);
  return {
    dialect: 'kuzu',
    ingest: fail,
    deleteDocument: fail,
    listDocuments: fail,
    getDocument: fail,
    stats: fail,
    search: fail,
    getEntity: fail,
    neighborhood: fail,
    paths: fail,
    subgraph: fail,
    evidence: fail,
    searchEvidence: fail,
    runUserQuery: fail,
    exportAll: fail,
    ping: () => Promise.resolve(false),
    close: () => Promise.resolve(),
  };
}
