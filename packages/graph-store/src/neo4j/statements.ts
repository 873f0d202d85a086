/**
 * Every Cypher statement the Neo4j adapter can send, and nothing else. Labels, relationship
 * types and hop counts cannot be parameters, so a few statements are functions of them; they
 * accept only members of the zod enums of @kg/schema (ENTITY_TYPES, RELATION_TYPES) or small
 * validated integers, never user text. `allStatements()` enumerates every variant so
 * statements-lint.test.ts can check them all with Neo4j's own linter.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@kg/schema';
import { StoreInputError } from '../errors';
import { BAND_CONSTRAINT, SYNDICATION_STATEMENTS } from './syndication-statements';

export const ENTITY_LABEL = 'Entity';
export const DOCUMENT_LABEL = 'Document';
export const EVIDENCE_LABEL = 'Evidence';
export const MENTIONS_TYPE = 'MENTIONS';
export const FULLTEXT_INDEX = 'kg_entity_names';
/** TEXT index: `searchText CONTAINS` / `STARTS WITH` seek it instead of scanning entities. */
export const SEARCH_TEXT_INDEX = 'kg_entity_search';
export const MAX_PATH_HOPS = 6;

/** A label from the schema enum, or a StoreInputError: the only way a label enters Cypher. */
export function entityLabel(type: string): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new StoreInputError('neo4j', `unknown entity type ${JSON.stringify(type)}`);
  }
  return type as EntityType;
}

/** A relationship type from the schema enum, or a StoreInputError. */
export function relationType(type: string): RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) {
    throw new StoreInputError('neo4j', `unknown relation type ${JSON.stringify(type)}`);
  }
  return type as RelationType;
}

function hopCount(hops: number): number {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_PATH_HOPS) {
    throw new StoreInputError('neo4j', `maxHops must be an integer 1..${MAX_PATH_HOPS}`);
  }
  return hops;
}

// ---- fragments (not statements) ----------------------------------------------------------

const NODE_PROJECTION = (v: string) => `${v} {.id, .name, .aliases, .iso3, labels: labels(${v})}`;
const EDGE_PROJECTION = (v: string) =>
  `${v} {.id, .source, .target, .cameo, .quadClass, .role, .count, .firstDate, .lastDate, .confidence, .negated, type: type(${v})}`;
const DOC_PROJECTION = (v: string) => `${v} {.id, .title, .date, .source, .sentences}`;
/** Filter on an entity-entity relationship; every parameter may be null (= no filter). */
const EDGE_FILTER = (r: string) =>
  `($relationTypes IS NULL OR type(${r}) IN $relationTypes)
  AND (NOT $excludeWeak OR type(${r}) <> 'CO_MENTIONED')
  AND coalesce(${r}.confidence, 0.0) >= $minConfidence
  AND ($from IS NULL OR coalesce(${r}.lastDate, ${r}.firstDate) >= $from)
  AND ($to IS NULL OR coalesce(${r}.firstDate, ${r}.lastDate) <= $to)`;
const TYPE_FILTER = (v: string) => `($types IS NULL OR any(l IN labels(${v}) WHERE l IN $types))`;
/**
 * Number of relationships between the entity and entities (the app's `degree`). Naming every
 * relation type (only MENTIONS reaches non-entities) lets Neo4j read the count from the node's
 * degree store instead of walking each relationship: O(1) for a hub of 4,000 edges.
 */
const DEGREE = (v: string) => `COUNT { (${v})-[:${RELATION_TYPES.join('|')}]-() }`;

/**
 * The text the TEXT and full-text indexes hold: the folded name and aliases joined by ' | '
 * (`searchTextOf` in fold-text.ts writes the same in JS).
 */
export const SEARCH_TEXT = (name: string, aliases: string) =>
  `reduce(s = ${name}, a IN ${aliases} | s + ' | ' + a)`;

// ---- schema (constraints and indexes, created on first use) --------------------------------

export function schemaStatements(): string[] {
  return [
    `CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (n:${DOCUMENT_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT kg_evidence_key IF NOT EXISTS FOR (n:${EVIDENCE_LABEL}) REQUIRE n.key IS UNIQUE`,
    `CREATE INDEX kg_evidence_relation IF NOT EXISTS FOR (n:${EVIDENCE_LABEL}) ON (n.relationId)`,
    `CREATE INDEX kg_evidence_doc IF NOT EXISTS FOR (n:${EVIDENCE_LABEL}) ON (n.docId)`,
    ...RELATION_TYPES.map(
      (t) => `CREATE INDEX kg_rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`,
    ),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.searchText]`,
    `CREATE TEXT INDEX ${SEARCH_TEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.searchText)`,
    BAND_CONSTRAINT,
  ];
}

/** Names of the indexes (and constraints' backing indexes) that exist. */
export const INDEX_NAMES = `SHOW INDEXES YIELD name RETURN collect(name) AS names`;

// ---- ingest and delete (write transactions) ----------------------------------------------

export const DOCUMENT_HASHES = `UNWIND $ids AS id
MATCH (d:${DOCUMENT_LABEL} {id: id})
RETURN d.id AS id, d.hash AS hash`;

/** Deletes the evidence of documents; returns the relationship keys that lost evidence. */
export const CLEAR_DOCUMENT_EVIDENCE = `UNWIND $ids AS id
MATCH (ev:${EVIDENCE_LABEL} {docId: id})
WITH ev, ev.source AS source, ev.type AS type, ev.target AS target
DETACH DELETE ev
RETURN DISTINCT source, type, target`;

/** Deletes MENTIONS of documents; returns the entities they pointed at. */
export const CLEAR_DOCUMENT_MENTIONS = `UNWIND $ids AS id
MATCH (:${DOCUMENT_LABEL} {id: id})-[m:${MENTIONS_TYPE}]->(e:${ENTITY_LABEL})
WITH m, e.id AS entityId
DELETE m
RETURN DISTINCT entityId`;

export const DELETE_DOCUMENT = `MATCH (d:${DOCUMENT_LABEL} {id: $id})
DETACH DELETE d
RETURN count(*) AS deleted`;

export const UPSERT_DOCUMENTS = `UNWIND $rows AS row
MERGE (d:${DOCUMENT_LABEL} {id: row.id})
SET d.title = row.title, d.date = row.date, d.source = row.source,
  d.sentences = row.sentences, d.text = row.text, d.hash = row.hash`;

/**
 * Upserts entities of one type: the type label is set and every other type label removed. As in
 * the embedded store, an id keeps its first name and iso3; a new name becomes an alias.
 */
export function upsertEntities(type: EntityType): string {
  const label = entityLabel(type);
  const others = ENTITY_TYPES.filter((t) => t !== label).join(':');
  const union = (stored: string, incoming: string) =>
    `reduce(acc = coalesce(${stored}, []), a IN ${incoming} | CASE WHEN a IN acc THEN acc ELSE acc + a END)`;
  return `UNWIND $rows AS row
MERGE (e:${ENTITY_LABEL} {id: row.id})
ON CREATE SET e.name = row.name, e.foldedName = row.foldedName
SET e:${label}, e.iso3 = coalesce(e.iso3, row.iso3),
  e.aliases = [a IN ${union('e.aliases', 'row.aliases + [row.name]')} WHERE a <> e.name],
  e.roles = ${union('e.roles', 'row.roles')},
  e.foldedAliases = [a IN ${union('e.foldedAliases', 'row.foldedAliases + [row.foldedName]')} WHERE a <> e.foldedName]
REMOVE e:${others}
WITH e
SET e.searchText = ${SEARCH_TEXT('e.foldedName', 'e.foldedAliases')}`;
}

/** Stored type labels of entities (the check that refuses re-typing an id). */
export const ENTITY_LABELS = `UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
RETURN e.id AS id, [l IN labels(e) WHERE l <> '${ENTITY_LABEL}'] AS labels`;

export const UPSERT_MENTIONS = `UNWIND $rows AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.docId})
MATCH (e:${ENTITY_LABEL} {id: row.entityId})
MERGE (d)-[m:${MENTIONS_TYPE}]->(e)
SET m.count = row.count, m.spans = row.spans`;

export const UPSERT_EVIDENCE = `UNWIND $rows AS row
MERGE (ev:${EVIDENCE_LABEL} {key: row.key})
SET ev.relationId = row.relationId, ev.source = row.source, ev.target = row.target, ev.type = row.type,
  ev.docId = row.docId, ev.sentence = row.sentence, ev.start = row.start, ev.end = row.end,
  ev.text = row.text, ev.date = row.date, ev.highlights = row.highlights,
  ev.confidence = row.confidence, ev.negated = row.negated, ev.modality = row.modality,
  ev.claimant = row.claimant`;

/** One relationship per (source, type, target); descriptive properties, aggregates come later. */
export function mergeRelations(type: RelationType): string {
  const t = relationType(type);
  return `UNWIND $rows AS row
MATCH (s:${ENTITY_LABEL} {id: row.source})
MATCH (o:${ENTITY_LABEL} {id: row.target})
MERGE (s)-[r:${t}]->(o)
SET r.id = row.id, r.source = row.source, r.target = row.target,
  r.cameo = coalesce(row.cameo, r.cameo), r.quadClass = coalesce(row.quadClass, r.quadClass),
  r.role = coalesce(row.role, r.role)`;
}

/** Recomputes count/dates/confidence from evidence; deletes relationships left without any. */
export function recomputeRelations(type: RelationType): string {
  const t = relationType(type);
  return `UNWIND $rows AS row
MATCH (:${ENTITY_LABEL} {id: row.source})-[r:${t}]->(:${ENTITY_LABEL} {id: row.target})
OPTIONAL MATCH (ev:${EVIDENCE_LABEL} {relationId: r.id})
WITH r, count(DISTINCT ev) AS n, min(ev.date) AS firstDate, max(ev.date) AS lastDate,
  max(ev.confidence) AS confidence, collect(ev.negated) AS negations
SET r.count = n, r.firstDate = firstDate, r.lastDate = lastDate,
  r.confidence = coalesce(confidence, 0.0), r.negated = n > 0 AND all(x IN negations WHERE x)
WITH r, n
WHERE n = 0
DELETE r`;
}

/** Entities that lost their last mention and relationship disappear with it. */
export const PRUNE_ORPHAN_ENTITIES = `UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e`;

// ---- reads (READ sessions with a timeout) --------------------------------------------------

export const PING = `RETURN 1 AS ok`;

export const COUNT_DOCUMENTS = `MATCH (d:${DOCUMENT_LABEL}) RETURN count(d) AS total`;

export const LIST_DOCUMENTS = `MATCH (d:${DOCUMENT_LABEL})
WITH d
ORDER BY d.date DESC, d.id
SKIP $offset
LIMIT $limit
RETURN ${DOC_PROJECTION('d')} AS doc`;

export const GET_DOCUMENT = `MATCH (d:${DOCUMENT_LABEL} {id: $id})
RETURN ${DOC_PROJECTION('d')} AS doc, d.text AS text`;

export const STATS_ENTITIES = `MATCH (e:${ENTITY_LABEL})
UNWIND labels(e) AS label
WITH label
WHERE label <> '${ENTITY_LABEL}'
RETURN label, count(*) AS n`;

export const STATS_RELATIONS = `MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL})
RETURN type(r) AS type, count(r) AS n, min(r.firstDate) AS minDate, max(r.lastDate) AS maxDate`;

export const STATS_EVIDENCE = `MATCH (ev:${EVIDENCE_LABEL}) RETURN count(ev) AS n`;

/** Earliest and latest date of documents and of evidence (as the embedded store reports). */
export const STATS_DATES = `MATCH (d:${DOCUMENT_LABEL})
RETURN min(d.date) AS lo, max(d.date) AS hi
UNION ALL
MATCH (ev:${EVIDENCE_LABEL})
RETURN min(ev.date) AS lo, max(ev.date) AS hi`;

/**
 * Name search tiers on the folded names and aliases (regular expressions built by
 * search-rank.ts): 0 exact, 1 prefix, 2 word prefix, 3 substring. Hits sorted by tier and
 * degree; the cut at `$limit` keeps every hit tied with the last one, for the caller to order
 * ties by name.
 */
export const SEARCH_ENTITIES = `MATCH (e:${ENTITY_LABEL})
WHERE e.searchText CONTAINS $piece AND ${TYPE_FILTER('e')}
WITH e, [e.foldedName] + coalesce(e.foldedAliases, []) AS keys
WITH e, CASE
    WHEN any(k IN keys WHERE k =~ $exact) THEN 0
    WHEN any(k IN keys WHERE k =~ $prefix) THEN 1
    WHEN $wordPrefix IS NOT NULL AND any(k IN keys WHERE k =~ $wordPrefix) THEN 2
    WHEN any(k IN keys WHERE k =~ $contains) THEN 3
  END AS tier
WHERE tier IS NOT NULL
WITH e, tier, ${DEGREE('e')} AS degree
ORDER BY tier, degree DESC
WITH collect({e: e, tier: tier, degree: degree}) AS hits
WITH hits, hits[$limit - 1] AS last
UNWIND hits AS hit
WITH hit, last
WHERE last IS NULL OR hit.tier < last.tier OR (hit.tier = last.tier AND hit.degree >= last.degree)
WITH hit.e AS e, hit.degree AS degree
RETURN ${NODE_PROJECTION('e')} AS node, degree`;

/**
 * Typo candidates from the full-text index: entities with a word within two edits of a query
 * word (Lucene `word~2`), best scored first. Checked exactly in JS (search-rank.ts).
 */
export const FUZZY_CANDIDATES = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node AS e, score
WITH e, score
WHERE ${TYPE_FILTER('e')}
WITH e ORDER BY score DESC LIMIT 500
RETURN ${NODE_PROJECTION('e')} AS node, ${DEGREE('e')} AS degree`;

/**
 * Typo candidates by scanning every entity: a folded name or alias (or one of its words) of about
 * the query's length. The fallback when the full-text candidates give no hit.
 */
export const TYPO_CANDIDATES = `MATCH (e:${ENTITY_LABEL})
WHERE ${TYPE_FILTER('e')}
  AND any(k IN [e.foldedName] + coalesce(e.foldedAliases, []) WHERE k =~ $typo)
RETURN ${NODE_PROJECTION('e')} AS node, ${DEGREE('e')} AS degree`;

export const GET_ENTITY = `MATCH (e:${ENTITY_LABEL} {id: $id})
RETURN ${NODE_PROJECTION('e')} AS node, e.roles AS roles, ${DEGREE('e')} AS degree`;

export const ENTITY_MENTIONS = `MATCH (d:${DOCUMENT_LABEL})-[m:${MENTIONS_TYPE}]->(:${ENTITY_LABEL} {id: $id})
RETURN ${DOC_PROJECTION('d')} AS doc, m.spans AS spans
ORDER BY d.date, d.id
LIMIT $limit`;

export const ENTITY_RELATIONS = `MATCH (:${ENTITY_LABEL} {id: $id})-[r]-(:${ENTITY_LABEL})
WITH DISTINCT r
RETURN ${EDGE_PROJECTION('r')} AS edge
ORDER BY edge.count DESC, edge.id
LIMIT $limit`;

/**
 * One breadth-first hop: new neighbours of the frontier under the filters, best connected
 * first (degree, then id), and how many there were.
 */
export const NEIGHBOR_HOP = `UNWIND $frontier AS fid
MATCH (:${ENTITY_LABEL} {id: fid})-[r]-(b:${ENTITY_LABEL})
WHERE NOT b.id IN $seen AND ${TYPE_FILTER('b')}
  AND ${EDGE_FILTER('r')}
WITH DISTINCT b
WITH b, ${DEGREE('b')} AS degree
ORDER BY degree DESC, b.id
WITH collect(b.id) AS ids
RETURN size(ids) AS total, ids[0..$take] AS kept`;

/** Filtered relationships whose two ends are both in `$ids`. */
export const EDGES_AMONG = `UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {id: id})-[r]->(b:${ENTITY_LABEL})
WHERE b.id IN $ids AND ${EDGE_FILTER('r')}
RETURN ${EDGE_PROJECTION('r')} AS edge`;

/**
 * Entities with at least one filtered relationship to a filtered entity, best connected first
 * (degree, then id).
 */
export const SUBGRAPH_NODES = `MATCH (e:${ENTITY_LABEL})
WHERE ${TYPE_FILTER('e')}
  AND EXISTS { MATCH (e)-[r]-(o:${ENTITY_LABEL}) WHERE ${TYPE_FILTER('o')} AND ${EDGE_FILTER('r')} }
WITH e, ${DEGREE('e')} AS degree
ORDER BY degree DESC, e.id
WITH collect(e.id) AS ids
RETURN size(ids) AS total, ids[0..$take] AS kept`;

/**
 * All shortest paths (undirected) over the listed relation types, or every type but the weak
 * CO_MENTIONED; the first `$limit` in the order of their (node id, relationship id) steps.
 */
export function shortestPaths(maxHops: number): string {
  const hops = hopCount(maxHops);
  const types = RELATION_TYPES.join('|');
  return `MATCH (a:${ENTITY_LABEL} {id: $from})
MATCH (b:${ENTITY_LABEL} {id: $to})
MATCH p = allShortestPaths((a)-[:${types}*1..${hops}]-(b))
WHERE all(r IN relationships(p) WHERE
  CASE WHEN $relationTypes IS NULL THEN type(r) <> 'CO_MENTIONED' ELSE type(r) IN $relationTypes END)
WITH p, [i IN range(0, length(p) - 1) | [nodes(p)[i + 1].id, relationships(p)[i].id]] AS steps
ORDER BY steps
LIMIT $limit
RETURN [n IN nodes(p) | ${NODE_PROJECTION('n')}] AS nodes,
  [r IN relationships(p) | ${EDGE_PROJECTION('r')}] AS edges`;
}

export const ENTITIES_EXIST = `UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
RETURN e.id AS id`;

export const NODES_BY_IDS = `UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
RETURN ${NODE_PROJECTION('e')} AS node, ${DEGREE('e')} AS degree`;

/** Evidence of a relationship, earliest first (undated last), at most `$limit` rows. */
export const EVIDENCE_ROWS = `MATCH (ev:${EVIDENCE_LABEL} {relationId: $id})
OPTIONAL MATCH (d:${DOCUMENT_LABEL} {id: ev.docId})
RETURN ev {.relationId, .docId, .sentence, .start, .end, .text, .date, .highlights, .modality, .claimant} AS ev,
  d {.title, .date, .source} AS doc
ORDER BY ev.date, ev.docId, ev.sentence, ev.start
LIMIT $limit`;

/** Evidence whose text holds every one of `$words` (lower-case), newest first, `$limit` rows. */
export const SEARCH_EVIDENCE = `MATCH (ev:${EVIDENCE_LABEL})
WHERE all(w IN $words WHERE toLower(ev.text) CONTAINS w)
WITH ev ORDER BY ev.date IS NULL, ev.date DESC, ev.docId, ev.sentence LIMIT $limit
OPTIONAL MATCH (d:${DOCUMENT_LABEL} {id: ev.docId})
RETURN ev {.relationId, .source, .type, .target, .docId, .sentence, .text, .date} AS ev,
  d {.title, .date, .source} AS doc`;

export const EXPORT_NODES = `MATCH (e:${ENTITY_LABEL})
RETURN ${NODE_PROJECTION('e')} AS node, ${DEGREE('e')} AS degree
ORDER BY e.id`;

export const EXPORT_EDGES = `MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL})
RETURN ${EDGE_PROJECTION('r')} AS edge
ORDER BY edge.id`;

/** Every statement the adapter can send, with every label/type/hop variant, by name. */
export function allStatements(): Array<{ name: string; cypher: string }> {
  const fixed: Record<string, string> = {
    INDEX_NAMES,
    DOCUMENT_HASHES,
    CLEAR_DOCUMENT_EVIDENCE,
    CLEAR_DOCUMENT_MENTIONS,
    DELETE_DOCUMENT,
    UPSERT_DOCUMENTS,
    UPSERT_MENTIONS,
    UPSERT_EVIDENCE,
    PRUNE_ORPHAN_ENTITIES,
    PING,
    COUNT_DOCUMENTS,
    LIST_DOCUMENTS,
    GET_DOCUMENT,
    STATS_ENTITIES,
    STATS_RELATIONS,
    STATS_EVIDENCE,
    STATS_DATES,
    SEARCH_ENTITIES,
    TYPO_CANDIDATES,
    FUZZY_CANDIDATES,
    GET_ENTITY,
    ENTITY_MENTIONS,
    ENTITY_RELATIONS,
    NEIGHBOR_HOP,
    EDGES_AMONG,
    SUBGRAPH_NODES,
    ENTITIES_EXIST,
    ENTITY_LABELS,
    NODES_BY_IDS,
    EVIDENCE_ROWS,
    SEARCH_EVIDENCE,
    EXPORT_NODES,
    EXPORT_EDGES,
  };
  return [
    ...schemaStatements().map((cypher, i) => ({ name: `schema[${i}]`, cypher })),
    ...Object.entries({ ...fixed, ...SYNDICATION_STATEMENTS }).map(([name, cypher]) => ({
      name,
      cypher,
    })),
    ...ENTITY_TYPES.map((t) => ({ name: `upsertEntities(${t})`, cypher: upsertEntities(t) })),
    ...RELATION_TYPES.map((t) => ({ name: `mergeRelations(${t})`, cypher: mergeRelations(t) })),
    ...RELATION_TYPES.map((t) => ({
      name: `recomputeRelations(${t})`,
      cypher: recomputeRelations(t),
    })),
    ...Array.from({ length: MAX_PATH_HOPS }, (_, i) => ({
      name: `shortestPaths(${i + 1})`,
      cypher: shortestPaths(i + 1),
    })),
  ];
}
