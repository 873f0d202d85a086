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
import { CsvRows, CsvStage } from './csv-copy';
import { encodeList, strList } from './row-encoding';

export function createSyndicationTables(session: KuzuSession): void {
  session.exec(
    'CREATE NODE TABLE IF NOT EXISTS SyndicationDoc(id STRING PRIMARY KEY, minhash STRING)',
  );
  // one row per band key listing its reports (ids of since-deleted or changed documents are
  // left in place: candidates are always checked against the current signature)
  session.exec(
    'CREATE NODE TABLE IF NOT EXISTS SyndicationBand(id STRING PRIMARY KEY, docs STRING[])',
  );
  session.exec('CREATE REL TABLE IF NOT EXISTS COPY_OF(FROM SyndicationDoc TO SyndicationDoc)');
}

/** Which documents of the batch are copies (null for invalid input: ingest then refuses it). */
export function planSyndication(
  session: KuzuSession,
  result: ExtractionResult,
  texts: DocumentText[],
): (CopyPlan & { banded: BandDocs }) | null {
  const batch = prepareSyndication(result, texts);
  if (!batch) return null;
  const { candidates, banded } = lookupBands(session, batchBands(batch.signed));
  return { ...planCopies(batch.result, batch.signed, candidates), banded };
}

/** The document ids each existing band key lists. */
export type BandDocs = Map<string, string[]>;

/** Stored reports sharing a band with the batch (by band key), and what each key lists. */
export function lookupBands(
  session: KuzuSession,
  keys: string[],
): { candidates: Map<string, Candidate[]>; banded: BandDocs } {
  const candidates = new Map<string, Candidate[]>();
  const banded: BandDocs = new Map();
  if (!keys.length) return { candidates, banded };
  for (const r of session.probeOrScan(
    'MATCH (b:SyndicationBand {id: $k}) RETURN b.id AS k, b.docs AS docs',
    keys.map((k) => ({ k })),
    () =>
      session.rows(
        'UNWIND $keys AS k MATCH (b:SyndicationBand {id: k}) RETURN b.id AS k, b.docs AS docs',
        { keys },
      ),
  ))
    banded.set(String(r.k), Array.isArray(r.docs) ? r.docs.map(String) : []);
  const ids = [...new Set([...banded.values()].flat())];
  const signatures = new Map<string, string>();
  if (ids.length) {
    for (const r of session.probeOrScan(
      'MATCH (s:SyndicationDoc {id: $x}) RETURN s.id AS id, s.minhash AS minhash',
      ids.map((x) => ({ x })),
      () =>
        session.rows(
          'UNWIND $ids AS x MATCH (s:SyndicationDoc {id: x}) RETURN s.id AS id, s.minhash AS minhash',
          { ids },
        ),
    ))
      if (r.minhash) signatures.set(String(r.id), String(r.minhash));
  }
  for (const [key, docs] of banded) {
    const list = docs.flatMap((id) => {
      const minhash = signatures.get(id);
      return minhash ? [{ id, minhash }] : [];
    });
    if (list.length) candidates.set(key, list);
  }
  return { candidates, banded };
}

/**
 * Writes the batch documents' signatures, band entries and COPY_OF links (replacing their
 * earlier links; links into them are kept). `banded` is what the band lookup found.
 */
export function writeSyndication(
  session: KuzuSession,
  entries: SyndicationEntry[],
  banded: BandDocs,
  options: { copy?: boolean } = {},
): boolean {
  if (!entries.length) return false;
  const ids = entries.map((e) => e.id);
  session.probeOrScan(
    'MATCH (:SyndicationDoc {id: $x})-[r:COPY_OF]->() DELETE r',
    ids.map((x) => ({ x })),
    () =>
      session.rows('UNWIND $ids AS x MATCH (:SyndicationDoc {id: x})-[r:COPY_OF]->() DELETE r', {
        ids,
      }),
  );
  const signatures = entries.map((e) => ({ id: e.id, minhash: e.minhash ?? '' }));
  session.probeOrScan(
    'MERGE (s:SyndicationDoc {id: $id}) SET s.minhash = $minhash',
    signatures,
    () =>
      session.rows(
        'UNWIND $rows AS r MERGE (s:SyndicationDoc {id: r.id}) SET s.minhash = r.minhash',
        {
          rows: signatures,
        },
      ),
  );
  const added = new Map<string, string[]>();
  for (const e of entries) {
    for (const k of e.bands ?? []) {
      if (banded.get(k)?.includes(e.id)) continue;
      const list = added.get(k);
      if (list) list.push(e.id);
      else added.set(k, [e.id]);
    }
  }
  const rows = (existing: boolean) =>
    [...added].filter(([k]) => banded.has(k) === existing).map(([k, docs]) => ({ k, docs }));
  const fresh = rows(false);
  const copied = fresh.length >= COPY_MIN_BANDS && !!options.copy;
  if (copied) copyBands(session, fresh);
  else if (fresh.length)
    session.probeOrScan('CREATE (:SyndicationBand {id: $k, docs: $docs})', fresh, () =>
      session.rows('UNWIND $rows AS r CREATE (:SyndicationBand {id: r.k, docs: r.docs})', {
        rows: fresh,
      }),
    );
  const grown = rows(true);
  if (grown.length)
    session.probeOrScan(
      'MATCH (b:SyndicationBand {id: $k}) SET b.docs = list_concat(b.docs, $docs)',
      grown,
      () =>
        session.rows(
          'UNWIND $rows AS r MATCH (b:SyndicationBand {id: r.k}) SET b.docs = list_concat(b.docs, r.docs)',
          { rows: grown },
        ),
    );
  const copies = entries.flatMap((e) => (e.copyOf ? [{ d: e.id, t: e.copyOf }] : []));
  if (copies.length) {
    session.rows(
      'UNWIND $rows AS r MATCH (s:SyndicationDoc {id: r.d}), (t:SyndicationDoc {id: r.t}) ' +
        'CREATE (s)-[:COPY_OF]->(t)',
      { rows: copies },
    );
  }
  return copied;
}

/** New band keys written with one CSV COPY from this many (a bulk load makes ~10^5). */
export const COPY_MIN_BANDS = 2000;

/**
 * New band rows by CSV COPY (their doc lists joined, split back in Kùzu) instead of one UNWIND
 * CREATE with a list per row: ~7 s of a 100k-relationship bulk load before. A COPY into an empty
 * table writes the database file, not the WAL: the caller checkpoints after the commit.
 */
function copyBands(session: KuzuSession, rows: Array<{ k: string; docs: string[] }>): void {
  const csv = new CsvRows();
  for (const r of rows) {
    csv.str(r.k).str(encodeList(r.docs));
    csv.end();
  }
  const stage = new CsvStage(session);
  try {
    stage.copy('SyndicationBand', csv, '', { columns: 2, expr: `column0, ${strList('column1')}` });
  } finally {
    stage.close();
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
