import type { EntityType } from '@kg/schema';
import type { KuzuSession } from './kuzu-session';
import { q } from './kuzu-schema';
import { groupByType, lookupEntityTypes } from './graph-writes';

/**
 * Apply degree changes (entity id -> edges added minus edges removed) computed by the writer:
 * one `UNWIND ... SET n.degree = n.degree + d` per label, no Cypher aggregate over the
 * relationship tables (that expanded every rel table: ~1.8 s per batch at 1M relationships).
 * Ids missing from the store (deleted orphans) are skipped.
 */
export function applyDegreeDeltas(
  session: KuzuSession,
  delta: ReadonlyMap<string, number>,
  known?: ReadonlyMap<string, EntityType>,
): void {
  const ids = [...delta].filter(([, d]) => d !== 0).map(([id]) => id);
  if (!ids.length) return;
  const types = new Map<string, EntityType>();
  const unknown = ids.filter((id) => !known?.has(id));
  for (const id of ids) {
    const t = known?.get(id);
    if (t) types.set(id, t);
  }
  for (const [id, t] of lookupEntityTypes(session, unknown)) types.set(id, t);
  for (const [t, list] of groupByType(types)) {
    session.rows(
      `UNWIND $rows AS row WITH row, row.id AS eid MATCH (n:${q(t)} {id: eid}) ` +
        'SET n.degree = coalesce(n.degree, 0) + row.d',
      { rows: list.map((id) => ({ id, d: delta.get(id) ?? 0 })) },
    );
  }
}
