import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import type { EntityType, Relation, RelationType } from '@kg/schema';
import type { KuzuSession } from './kuzu-session';
import { q } from './kuzu-schema';
import { isoDate, num } from './values';

const ENTITY_SET = new Set<string>(ENTITY_TYPES);
const RELATION_SET = new Set<string>(RELATION_TYPES);

export interface RelationKey {
  id: string;
  source: string;
  type: RelationType;
  target: string;
}

/** Labels of stored entities by id (ids not stored are absent). */
export function lookupEntityTypes(session: KuzuSession, ids: Iterable<string>): Map<string, EntityType> {
  const list = [...new Set(ids)];
  const out = new Map<string, EntityType>();
  if (!list.length) return out;
  for (const t of ENTITY_TYPES) {
    const rows = session.rows(`UNWIND $ids AS x MATCH (n:${q(t)}) WHERE n.id = x RETURN n.id AS id`, { ids: list });
    for (const r of rows) out.set(String(r.id), t);
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
  const relRows = session.rows(
    'UNWIND $docs AS x MATCH (e:Evidence) WHERE e.docId = x ' +
      'RETURN DISTINCT e.relationId AS id, e.source AS source, e.type AS type, e.target AS target',
    { docs: docIds },
  );
  session.rows('UNWIND $docs AS x MATCH (e:Evidence) WHERE e.docId = x DELETE e', { docs: docIds });
  const mentioned = new Set<string>();
  for (const r of session.rows(
    'UNWIND $docs AS x MATCH (d:Document)-[:MENTIONS]->(n) WHERE d.id = x RETURN DISTINCT n.id AS id',
    { docs: docIds },
  )) {
    mentioned.add(String(r.id));
  }
  session.rows('UNWIND $docs AS x MATCH (d:Document)-[m:MENTIONS]->() WHERE d.id = x DELETE m', { docs: docIds });
  const relations = relRows
    .filter((r) => RELATION_SET.has(String(r.type)))
    .map((r) => ({ id: String(r.id), source: String(r.source), type: String(r.type) as RelationType, target: String(r.target) }));
  return { relations, mentioned };
}

/**
 * Recompute each relation's aggregates from its evidence (count, first/last date, max confidence,
 * negated when all evidence is) and write the edge; delete edges left without evidence.
 * Returns ids of deleted edges' endpoints and of live endpoints (for degree updates).
 */
export function refreshRelations(
  session: KuzuSession,
  keys: RelationKey[],
  types: Map<string, EntityType>,
  props: Map<string, Relation>,
): { removedEndpoints: Set<string>; endpoints: Set<string>; written: number } {
  const byId = new Map(keys.map((k) => [k.id, k]));
  const removedEndpoints = new Set<string>();
  const endpoints = new Set<string>();
  if (!byId.size) return { removedEndpoints, endpoints, written: 0 };
  const aggregates = new Map<string, Record<string, unknown>>();
  const rows = session.rows(
    'UNWIND $ids AS x MATCH (e:Evidence) WHERE e.relationId = x RETURN e.relationId AS id, count(*) AS n, ' +
      'min(e.date) AS first, max(e.date) AS last, max(e.confidence) AS conf, ' +
      'min(CASE WHEN e.negated THEN 1 ELSE 0 END) AS allNegated',
    { ids: [...byId.keys()] },
  );
  for (const r of rows) aggregates.set(String(r.id), r);
  let written = 0;
  for (const key of byId.values()) {
    const a = types.get(key.source);
    const b = types.get(key.target);
    endpoints.add(key.source).add(key.target);
    if (!a || !b) continue;
    const match = `MATCH (a:${q(a)} {id: $s}), (b:${q(b)} {id: $t})`;
    const agg = aggregates.get(key.id);
    if (!agg) {
      session.rows(`MATCH (a:${q(a)} {id: $s})-[r:${key.type}]->(b:${q(b)} {id: $t}) DELETE r`, {
        s: key.source,
        t: key.target,
      });
      removedEndpoints.add(key.source).add(key.target);
      continue;
    }
    const params = {
      s: key.source,
      t: key.target,
      id: key.id,
      n: num(agg.n),
      first: isoDate(agg.first) ?? null,
      last: isoDate(agg.last) ?? null,
      conf: num(agg.conf),
      neg: num(agg.allNegated) === 1,
    };
    const set =
      'SET r.id = $id, r.count = $n, r.firstDate = date($first), r.lastDate = date($last), ' +
      'r.confidence = $conf, r.negated = $neg';
    const rel = props.get(key.id);
    if (rel) {
      session.rows(`${match} MERGE (a)-[r:${key.type}]->(b) ${set}, r.cameo = $cameo, r.quadClass = $qc, r.role = $role`, {
        ...params,
        cameo: rel.cameo ?? null,
        qc: rel.quadClass ?? null,
        role: rel.role ?? null,
      });
    } else {
      session.rows(`${match} MERGE (a)-[r:${key.type}]->(b) ${set}`, params);
    }
    written++;
  }
  return { removedEndpoints, endpoints, written };
}

/** Delete candidate entities left with no mentions and no edges; returns the deleted ids. */
export function removeOrphans(session: KuzuSession, candidates: Iterable<string>): Set<string> {
  const deleted = new Set<string>();
  const types = lookupEntityTypes(session, candidates);
  for (const [id, t] of types) {
    const rows = session.rows(`MATCH (n:${q(t)} {id: $id}) OPTIONAL MATCH (n)-[r]-() RETURN count(r) AS c`, { id });
    if (num(rows[0]?.c) > 0) continue;
    session.rows(`MATCH (n:${q(t)} {id: $id}) DELETE n`, { id });
    deleted.add(id);
  }
  return deleted;
}

/** Store each entity's degree: its relationship edges of any type (mentions excluded). */
export function updateDegrees(session: KuzuSession, ids: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, t] of lookupEntityTypes(session, ids)) {
    const rows = session.rows(
      `MATCH (n:${q(t)} {id: $id}) OPTIONAL MATCH (n)-[r]-(m) WHERE label(m) <> 'Document' ` +
        'WITH n, count(r) AS d SET n.degree = d RETURN d',
      { id },
    );
    out.set(id, num(rows[0]?.d));
  }
  return out;
}

export const isEntityType = (t: string): t is EntityType => ENTITY_SET.has(t);
