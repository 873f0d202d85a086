/**
 * Syndicated copies in Neo4j: a report's Document keeps its signature (`signature`) and links
 * to its LSH bands (`(:Document)-[:IN_BAND]->(:SyndicationBand {key})`, looked up by key); a copy
 * links to its report with `(:Document)-[:COPY_OF]->(:Document)`. DETACH DELETE of a document
 * drops its links.
 */

/** statements.ts's DOCUMENT_LABEL (not imported: statements.ts imports this module). */
const DOCUMENT_LABEL = 'Document';
export const BAND_LABEL = 'SyndicationBand';
export const IN_BAND_TYPE = 'IN_BAND';
export const COPY_OF_TYPE = 'COPY_OF';

export const BAND_CONSTRAINT = `CREATE CONSTRAINT kg_syndication_band IF NOT EXISTS FOR (n:${BAND_LABEL}) REQUIRE n.key IS UNIQUE`;

export const LOOKUP_BANDS = `UNWIND $keys AS k
MATCH (:${BAND_LABEL} {key: k})<-[:${IN_BAND_TYPE}]-(d:${DOCUMENT_LABEL})
RETURN k, d.id AS id, d.signature AS signature`;

export const CLEAR_SYNDICATION = `UNWIND $ids AS id
MATCH (d:${DOCUMENT_LABEL} {id: id})
SET d.signature = null
WITH d
OPTIONAL MATCH (d)-[r:${IN_BAND_TYPE}|${COPY_OF_TYPE}]->()
DELETE r`;

export const WRITE_SIGNATURES = `UNWIND $rows AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.id})
SET d.signature = row.signature`;

export const WRITE_BANDS = `UNWIND $rows AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.id})
MERGE (b:${BAND_LABEL} {key: row.key})
MERGE (d)-[:${IN_BAND_TYPE}]->(b)`;

export const WRITE_COPIES = `UNWIND $rows AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.id}), (t:${DOCUMENT_LABEL} {id: row.copyOf})
MERGE (d)-[:${COPY_OF_TYPE}]->(t)`;

export const COPIES_OF = `UNWIND $ids AS id
MATCH (c:${DOCUMENT_LABEL})-[:${COPY_OF_TYPE}]->(:${DOCUMENT_LABEL} {id: id})
RETURN id, c.id AS docId, c.source AS source, c.title AS title, c.date AS date`;

export const COPY_OF_DOCUMENT = `MATCH (:${DOCUMENT_LABEL} {id: $id})-[:${COPY_OF_TYPE}]->(t:${DOCUMENT_LABEL})
RETURN t.id AS id`;

export const SYNDICATION_STATEMENTS: Record<string, string> = {
  LOOKUP_BANDS,
  CLEAR_SYNDICATION,
  WRITE_SIGNATURES,
  WRITE_BANDS,
  WRITE_COPIES,
  COPIES_OF,
  COPY_OF_DOCUMENT,
};
