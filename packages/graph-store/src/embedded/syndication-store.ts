/**
 * The embedded store's syndication index: one SyndicationDoc per document (a report's MinHash),
 * its LSH bands (SyndicationBand, looked up by key) and COPY_OF links from copies to reports.
 * Kept beside Document so the document tables and their bulk load stay as they are.
 */
import type { DocumentText, ExtractionResult } from '@kg/schema';
import { batchBands, planCopies, prepareSyndication } from '../syndication';
import type { Candidate, CopyPlan, OutletDoc, SyndicationEntry } from '../syndication';
import type { KuzuSession } from './kuzu-session';
import { isoDate, str } from './values';

export function createSyndicationTables(session: KuzuSession): void {
  session.exec(
    'CREATE NODE TABLE IF NOT EXISTS SyndicationDoc(id STRING PRIMARY KEY, minhash STRING)',
  );
  session.exec('CREATE NODE TABLE IF NOT EXISTS SyndicationBand(id STRING PRIMARY KEY)');
  session.exec('CREATE REL TABLE IF NOT EXISTS IN_BAND(FROM SyndicationDoc TO SyndicationBand)');
  session.exec('CREATE REL TABLE IF NOT EXISTS COPY_OF(FROM SyndicationDoc TO SyndicationDoc)');
}

/** Which documents of the batch are copies (null for invalid input: ingest then refuses it). */
export function planSyndication(
  session: KuzuSession,
  result: ExtractionResult,
  texts: DocumentText[],
): CopyPlan | null {
  const batch = prepareSyndication(result, texts);
  if (!batch) return null;
  const stored = lookupBands(session, batchBands(batch.signed));
  return planCopies(batch.result, batch.signed, stored);
}

/** Stored reports sharing a band with the batch, by band key. */
export function lookupBands(session: KuzuSession, keys: string[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  if (!keys.length) return out;
  for (const r of session.rows(
    'UNWIND $keys AS k MATCH (b:SyndicationBand {id: k})<-[:IN_BAND]-(s:SyndicationDoc) ' +
      'RETURN k, s.id AS id, s.minhash AS minhash',
    { keys },
  )) {
    const list = out.get(String(r.k)) ?? [];
    list.push({ id: String(r.id), minhash: String(r.minhash ?? '') });
    out.set(String(r.k), list);
  }
  return out;
}

/** Replaces the batch documents' bands and COPY_OF links (links into them are kept). */
export function writeSyndication(session: KuzuSession, entries: SyndicationEntry[]): void {
  if (!entries.length) return;
  const ids = entries.map((e) => e.id);
  session.rows('UNWIND $ids AS x MATCH (:SyndicationDoc {id: x})-[r:IN_BAND]->() DELETE r', {
    ids,
  });
  session.rows('UNWIND $ids AS x MATCH (:SyndicationDoc {id: x})-[r:COPY_OF]->() DELETE r', {
    ids,
  });
  session.rows('UNWIND $rows AS r MERGE (s:SyndicationDoc {id: r.id}) SET s.minhash = r.minhash', {
    rows: entries.map((e) => ({ id: e.id, minhash: e.minhash ?? '' })),
  });
  const bands = entries.flatMap((e) => (e.bands ?? []).map((k) => ({ d: e.id, k })));
  if (bands.length) {
    session.rows('UNWIND $rows AS r MERGE (:SyndicationBand {id: r.k})', { rows: bands });
    session.rows(
      'UNWIND $rows AS r MATCH (s:SyndicationDoc {id: r.d}), (b:SyndicationBand {id: r.k}) ' +
        'CREATE (s)-[:IN_BAND]->(b)',
      { rows: bands },
    );
  }
  const copies = entries.flatMap((e) => (e.copyOf ? [{ d: e.id, t: e.copyOf }] : []));
  if (copies.length) {
    session.rows(
      'UNWIND $rows AS r MATCH (s:SyndicationDoc {id: r.d}), (t:SyndicationDoc {id: r.t}) ' +
        'CREATE (s)-[:COPY_OF]->(t)',
      { rows: copies },
    );
  }
}

/** Drops a deleted document's entry; its copies are left as documents without a report. */
export function deleteSyndication(session: KuzuSession, docId: string): void {
  session.rows('MATCH (s:SyndicationDoc {id: $id}) DETACH DELETE s', { id: docId });
}

/** The stored copies of each report, with the fields an outlet shows. */
export function copiesOf(session: KuzuSession, ids: string[]): Map<string, OutletDoc[]> {
  const out = new Map<string, OutletDoc[]>();
  if (!ids.length) return out;
  for (const r of session.rows(
    'UNWIND $ids AS x MATCH (c:SyndicationDoc)-[:COPY_OF]->(:SyndicationDoc {id: x}) ' +
      'MATCH (d:Document {id: c.id}) ' +
      'RETURN x, d.id AS id, d.source AS source, d.title AS title, d.date AS date',
    { ids },
  )) {
    const list = out.get(String(r.x)) ?? [];
    list.push({
      docId: String(r.id),
      source: str(r.source),
      title: str(r.title),
      date: isoDate(r.date),
    });
    out.set(String(r.x), list);
  }
  return out;
}

/** The report a document copies, or undefined. */
export function copyOfDocument(session: KuzuSession, id: string): string | undefined {
  const rows = session.rows(
    'MATCH (:SyndicationDoc {id: $id})-[:COPY_OF]->(t:SyndicationDoc) RETURN t.id AS id',
    { id },
  );
  return rows.length ? String(rows[0].id) : undefined;
}
