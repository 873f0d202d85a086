import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import type { EntityType, RelationType } from '@kg/schema';
import type { KuzuSession, Row } from './kuzu-session';
import { docEvidenceKeys, dropDocEvidence } from './doc-evidence';
import { q } from './kuzu-schema';

const RELATION_SET = new Set<string>(RELATION_TYPES);

export interface RelationKey {
  id: string;
  source: string;
  type: RelationType;
  target: string;
}

/** Labels of stored entities by id (ids not stored are absent). One PK lookup per label. */
export function lookupEntityTypes(
  session: KuzuSession,
  ids: Iterable<string>,
): Map<string, EntityType> {
  const list = [...new Set(ids)];
  const out = new Map<string, EntityType>();
  if (!list.length) return out;
  for (const t of ENTITY_TYPES) {
    const rest = list.filter((id) => !out.has(id));
    if (!rest.length) break;
    for (const r of session.probeOrScan(
      `MATCH (n:${q(t)} {id: $x}) RETURN n.id AS id`,
      rest.map((x) => ({ x })),
      () =>
        session.rows(`UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) RETURN n.id AS id`, { ids: rest }),
    )) {
      out.set(String(r.id), t);
    }
  }
  return out;
}

/**
 * Remove the evidence and mentions of documents (not the documents). Returns the relations
 * whose evidence changed and the entities they mentioned (candidates for cleanup).
 */
export function detachDocuments(
  session: KuzuSession,
  docIds: string[],
): { relations: RelationKey[]; mentioned: Set<string> } {
  if (!docIds.length) return { relations: [], mentioned: new Set() };
  // the document's evidence ids from DocEvidence, then one PK probe per row (no Evidence scan)
  const relRows: Row[] = [];
  for (const docId of docIds) {
    for (const k of docEvidenceKeys(session, docId)) {
      const row = session.rows(
        'MATCH (e:Evidence {id: $k}) RETURN e.relationId AS id, e.source AS source, e.type AS type, e.target AS target',
        { k },
      )[0];
      if (!row) continue;
      relRows.push(row);
      session.rows('MATCH (e:Evidence {id: $k}) DELETE e', { k });
    }
  }
  dropDocEvidence(session, docIds);
  const mentioned = new Set<string>();
  for (const r of session.rows(
    'UNWIND $docs AS x MATCH (d:Document {id: x})-[:MENTIONS]->(n) RETURN DISTINCT n.id AS id',
    { docs: docIds },
  )) {
    mentioned.add(String(r.id));
  }
  session.rows('UNWIND $docs AS x MATCH (d:Document {id: x})-[m:MENTIONS]->() DELETE m', {
    docs: docIds,
  });
  const unique = new Map(relRows.map((r) => [String(r.id), r]));
  const relations = [...unique.values()]
    .filter((r) => RELATION_SET.has(String(r.type)))
    .map((r) => ({
      id: String(r.id),
      source: String(r.source),
      type: String(r.type) as RelationType,
      target: String(r.target),
    }));
  return { relations, mentioned };
}

/** Delete candidate entities left with no mentions and no edges; returns the deleted ids. */
export function removeOrphans(session: KuzuSession, candidates: Iterable<string>): Set<string> {
  const deleted = new Set<string>();
  const byType = groupByType(lookupEntityTypes(session, candidates));
  for (const [t, ids] of byType) {
    const orphans = session
      .rows(
        `UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) OPTIONAL MATCH (n)-[r]-() WITH n, count(r) AS c WHERE c = 0 RETURN n.id AS id`,
        { ids },
      )
      .map((r) => String(r.id));
    if (!orphans.length) continue;
    session.rows(`UNWIND $ids AS x MATCH (n:${q(t)} {id: x}) DELETE n`, { ids: orphans });
    for (const id of orphans) deleted.add(id);
  }
  return deleted;
}

export function groupByType(types: Map<string, EntityType>): Map<EntityType, string[]> {
  const out = new Map<EntityType, string[]>();
  for (const [id, t] of types) {
    const list = out.get(t);
    if (list) list.push(id);
    else out.set(t, [id]);
  }
  return out;
}
