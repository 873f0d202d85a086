import type { KuzuSession } from './kuzu-session';
import { encodeList, strList } from './row-encoding';

/**
 * `DocEvidence(id PK = document id, keys STRING[] = its Evidence ids)`: replacing or deleting a
 * document finds its evidence with one PK probe plus one per evidence row instead of scanning
 * Evidence by `docId`. Kept in step with Evidence inside the same write transaction.
 */
export const DOC_EVIDENCE_TABLE = 'DocEvidence';

/** Evidence ids of a document ([] when it has none). One PK probe. */
export function docEvidenceKeys(session: KuzuSession, docId: string): string[] {
  const rows = session.rows(`MATCH (d:${DOC_EVIDENCE_TABLE} {id: $id}) RETURN d.keys AS keys`, {
    id: docId,
  });
  const keys = rows[0]?.keys;
  return Array.isArray(keys) ? keys.map(String) : [];
}

/** Build the table from Evidence (a database written before it existed). */
export function rebuildDocEvidence(session: KuzuSession): void {
  session.exec(
    `COPY ${DOC_EVIDENCE_TABLE} FROM (MATCH (e:Evidence) RETURN e.docId AS id, collect(e.id) AS keys)`,
  );
}

/** Forget the entries of documents (per-PK delete: an UNWIND MATCH would scan the table). */
export function dropDocEvidence(session: KuzuSession, docIds: Iterable<string>): void {
  for (const id of docIds)
    session.rows(`MATCH (d:${DOC_EVIDENCE_TABLE} {id: $id}) DELETE d`, { id });
}

/** Create entries (documents without one). */
export function addDocEvidence(
  session: KuzuSession,
  lists: ReadonlyMap<string, readonly string[]>,
): void {
  const rows = [...lists].filter(([, keys]) => keys.length);
  if (!rows.length) return;
  session.rows(
    `UNWIND $rows AS row CREATE (:${DOC_EVIDENCE_TABLE} {id: row.id, keys: ${strList('row.keys')}})`,
    { rows: rows.map(([id, keys]) => ({ id, keys: encodeList(keys) })) },
  );
}
