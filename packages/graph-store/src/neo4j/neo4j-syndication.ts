/** Syndicated copies for the Neo4j adapter: plan before the ingest, links after it, reads. */
import type { DocumentText, ExtractionResult } from '@kg/schema';
import { batchBands, planCopies, prepareSyndication } from '../syndication';
import type { Candidate, CopyPlan, OutletDoc, SyndicationEntry } from '../syndication';
import { runChunked, runRows, type Neo4jContext } from './neo4j-context';
import {
  CLEAR_SYNDICATION,
  COPIES_OF,
  COPY_OF_DOCUMENT,
  LOOKUP_BANDS,
  WRITE_BANDS,
  WRITE_COPIES,
  WRITE_SIGNATURES,
} from './syndication-statements';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Which documents of the batch are copies (null for invalid input: ingest then refuses it). */
export async function planSyndication(
  ctx: Neo4jContext,
  result: ExtractionResult,
  texts: DocumentText[],
): Promise<CopyPlan | null> {
  const batch = prepareSyndication(result, texts);
  if (!batch) return null;
  const keys = batchBands(batch.signed);
  const stored = new Map<string, Candidate[]>();
  if (keys.length) {
    await ctx.ensureSchema();
    const rows = await ctx.read('ingest', (tx) => runRows(tx, LOOKUP_BANDS, { keys }));
    for (const r of rows) {
      const list = stored.get(String(r.k)) ?? [];
      list.push({ id: String(r.id), minhash: str(r.signature) ?? '' });
      stored.set(String(r.k), list);
    }
  }
  return planCopies(batch.result, batch.signed, stored);
}

/** Replaces the batch documents' signatures, bands and COPY_OF links (links into them kept). */
export async function writeSyndication(
  ctx: Neo4jContext,
  entries: SyndicationEntry[],
): Promise<void> {
  if (!entries.length) return;
  await ctx.write('ingest', async (tx) => {
    await runRows(tx, CLEAR_SYNDICATION, { ids: entries.map((e) => e.id) });
    const signed = entries.filter((e) => e.minhash);
    await runChunked(
      tx,
      WRITE_SIGNATURES,
      signed.map((e) => ({ id: e.id, signature: e.minhash ?? null })),
    );
    const bands = signed.flatMap((e) => (e.bands ?? []).map((key) => ({ id: e.id, key })));
    await runChunked(tx, WRITE_BANDS, bands);
    const copies = entries.flatMap((e) => (e.copyOf ? [{ id: e.id, copyOf: e.copyOf }] : []));
    await runChunked(tx, WRITE_COPIES, copies);
  });
}

/** The stored copies of each report, with the fields an outlet shows. */
export async function copiesOf(
  ctx: Neo4jContext,
  ids: string[],
): Promise<Map<string, OutletDoc[]>> {
  const out = new Map<string, OutletDoc[]>();
  if (!ids.length) return out;
  const rows = await ctx.read('evidence', (tx) => runRows(tx, COPIES_OF, { ids }));
  for (const r of rows) {
    const list = out.get(String(r.id)) ?? [];
    list.push({
      docId: String(r.docId),
      source: str(r.source),
      title: str(r.title),
      date: str(r.date),
    });
    out.set(String(r.id), list);
  }
  return out;
}

export async function copyOfDocument(ctx: Neo4jContext, id: string): Promise<string | undefined> {
  const [row] = await ctx.read('getDocument', (tx) => runRows(tx, COPY_OF_DOCUMENT, { id }));
  return row ? String(row.id) : undefined;
}
