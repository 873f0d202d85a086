import type { KuzuSession } from './kuzu-session';
import { encodeList, strList } from './row-encoding';

/**
 * `RelEvidence(id PK = relationship id, keys STRING[] = Evidence ids)`: the path from a
 * relationship to its evidence. Kùzu has no key-range scans, so without it every evidence
 * lookup scanned the whole Evidence table; with it a lookup is one PK probe plus one PK probe
 * per evidence row (O(matches)). Kept in step with Evidence inside the same write transaction.
 */
export const REL_EVIDENCE_TABLE = 'RelEvidence';
export const REL_EVIDENCE_COLUMNS = 'id STRING PRIMARY KEY, keys STRING[]';

/** Cypher prefix binding `e` to each Evidence row of the relationship ids in `$ids` (as `x`). */
export const EVIDENCE_OF_IDS =
  `UNWIND $ids AS x MATCH (r:${REL_EVIDENCE_TABLE} {id: x}) UNWIND r.keys AS k ` +
  'WITH x, k MATCH (e:Evidence {id: k})';

/** Fill the table from the Evidence table (empty store after a bulk COPY, or an old database). */
export function rebuildEvidenceIndex(session: KuzuSession): void {
  session.exec(
    `COPY ${REL_EVIDENCE_TABLE} FROM (MATCH (e:Evidence) RETURN e.relationId AS id, collect(e.id) AS keys)`,
  );
}

/**
 * Bring the key lists of `relationIds` up to date: keep the keys whose Evidence row still
 * exists, add `added` (relation id -> new evidence ids), delete entries left empty.
 */
export function syncEvidenceIndex(
  session: KuzuSession,
  relationIds: Iterable<string>,
  added: ReadonlyMap<string, readonly string[]>,
): void {
  const ids = [...new Set(relationIds)];
  if (!ids.length) return;
  const keys = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  const stored = new Set<string>();
  const found = session.rows(
    `UNWIND $ids AS x MATCH (r:${REL_EVIDENCE_TABLE} {id: x}) RETURN r.id AS id`,
    { ids },
  );
  for (const r of found) stored.add(String(r.id));
  if (stored.size) {
    for (const r of session.rows(`${EVIDENCE_OF_IDS} RETURN x AS id, e.id AS k`, {
      ids: [...stored],
    })) {
      keys.get(String(r.id))?.add(String(r.k));
    }
  }
  for (const [id, list] of added) for (const k of list) keys.get(id)?.add(k);
  const rows = ids
    .filter((id) => keys.get(id)?.size)
    .map((id) => ({ id, keys: encodeList([...(keys.get(id) ?? [])].sort()) }));
  const gone = ids.filter((id) => !keys.get(id)?.size && stored.has(id));
  if (gone.length)
    session.rows(`UNWIND $ids AS x MATCH (r:${REL_EVIDENCE_TABLE} {id: x}) DELETE r`, {
      ids: gone,
    });
  if (rows.length)
    session.rows(
      `UNWIND $rows AS row MERGE (r:${REL_EVIDENCE_TABLE} {id: row.id}) SET r.keys = ${strList('row.keys')}`,
      { rows },
    );
}
