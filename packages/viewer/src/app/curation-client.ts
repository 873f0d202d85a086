import type { CorrectionInput } from '@kg/schema';
import { ApiClientError, createCaller, type Fetch } from './api-client';
import {
  CorrectionResultGuard,
  CorrectionsResponseGuard,
  DocumentRecordGuard,
  type CorrectionResult,
  type CorrectionsResponse,
  type DocumentRecord,
} from './schema/corrections';

export type { CorrectionResult, CorrectionsResponse, DocumentRecord };

/** Who and why, sent with every correction and undo. */
export interface Attribution {
  author?: string;
  why?: string;
}

/** The curation API (issue #18): the corrections log, corrections, undo, a document's text. */
export interface CurationClient {
  corrections(): Promise<CorrectionsResponse>;
  correct(input: CorrectionInput, by?: Attribution): Promise<CorrectionResult>;
  undo(id: string, by?: Attribution): Promise<CorrectionResult>;
  document(id: string): Promise<DocumentRecord>;
}

/**
 * 401/403 on a write, said so the analyst can fix it: which token, where it comes from.
 * Other errors pass through unchanged (the server's own message names the correction).
 */
export function explainWriteError(err: unknown): Error {
  if (!(err instanceof ApiClientError)) return err as Error;
  if (err.status === 401)
    return new ApiClientError(
      'The server refused the editor token (401). Sign in as editor again with the token the server runs with (KG_API_TOKEN; `kg start` prints an editor link with it).',
      'unauthorized',
      401,
    );
  if (err.status === 403)
    return new ApiClientError(
      'This server does not accept corrections (403: writes disabled). Restart it with KG_API_TOKEN set, then sign in as editor with that token.',
      'forbidden',
      403,
    );
  return err;
}

export function createCurationClient(
  baseUrl = 'api/',
  token: () => string | undefined,
  fetchImpl: Fetch = (i, o) => fetch(i, o),
): CurationClient {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const call = createCaller(base, fetchImpl);
  const post = async (path: string, body: unknown) => {
    const t = token();
    try {
      return await call(path, CorrectionResultGuard, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(t ? { authorization: `Bearer ${t}` } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch (err) {
      throw explainWriteError(err);
    }
  };
  return {
    corrections: () => call('corrections', CorrectionsResponseGuard),
    correct: (input, by = {}) => post('corrections', { ...input, ...by }),
    undo: (id, by = {}) => post(`corrections/${encodeURIComponent(id)}/undo`, by),
    document: (id) => call(`documents/${encodeURIComponent(id)}`, DocumentRecordGuard),
  };
}
