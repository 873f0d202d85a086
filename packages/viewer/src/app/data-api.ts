import type { Document, EvidenceSearchResponse } from '@kg/schema';
import { createCaller } from './api-client';
import {
  DocumentListGuard,
  DocumentRecordGuard,
  EvidenceSearchGuard,
} from './schema/workbench-responses';

/** Documents listed at most (five pages of the API's 1000). */
export const MAX_LISTED_DOCUMENTS = 5000;

/** What the data tables read from the server beyond the graph: documents, evidence search. */
export interface DataApi {
  /** Stored documents (up to MAX_LISTED_DOCUMENTS) and how many there are. */
  documents(): Promise<{ total: number; documents: Document[] }>;
  document(id: string): Promise<Document & { text: string }>;
  searchEvidence(q: string, limit?: number): Promise<EvidenceSearchResponse>;
}

export function createDataApi(base = 'api/', fetchImpl?: typeof fetch): DataApi {
  const call = createCaller(base, (i, o) => (fetchImpl ?? fetch)(i, o));
  const enc = encodeURIComponent;
  return {
    async documents() {
      const first = await call('documents?limit=1000&offset=0', DocumentListGuard);
      const documents = [...first.documents];
      while (documents.length < Math.min(first.total, MAX_LISTED_DOCUMENTS)) {
        const page = await call(
          `documents?limit=1000&offset=${documents.length}`,
          DocumentListGuard,
        );
        if (!page.documents.length) break;
        documents.push(...page.documents);
      }
      return { total: first.total, documents };
    },
    document: (id) => call(`documents/${enc(id)}`, DocumentRecordGuard),
    searchEvidence: (q, limit = 50) =>
      call(`evidence/search?q=${enc(q)}&limit=${limit}`, EvidenceSearchGuard),
  };
}
