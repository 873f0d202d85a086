/** Idempotent ingest and document deletion for the Neo4j adapter. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentText, ExtractionResult, RelationType } from '@kg/schema';
import type { IngestOptions, IngestReport } from '../graph-store';
import {
  checkStoredTypes,
  groupKeys,
  planBatches,
  planDocuments,
  type IngestBatchPlan,
  type RelationKey,
  type RelationRow,
} from './ingest-plan';
import { runChunked, runRows, withIntegers, type Neo4jContext, type Row } from './neo4j-context';
import {
  CLEAR_DOCUMENT_EVIDENCE,
  CLEAR_DOCUMENT_MENTIONS,
  DELETE_DOCUMENT,
  DOCUMENT_HASHES,
  ENTITY_LABELS,
  PRUNE_ORPHAN_ENTITIES,
  UPSERT_DOCUMENTS,
  UPSERT_EVIDENCE,
  UPSERT_MENTIONS,
  mergeRelations,
  recomputeRelations,
  relationType,
  upsertEntities,
} from './statements';
import { toNumber } from './to-app-value';
import { planSyndication, writeSyndication } from './neo4j-syndication';

export interface IngestSettings {
  batchDocuments?: number;
}

/** Deletes the evidence and mentions of documents; returns what must be recomputed/pruned. */
async function clearDocuments(tx: ManagedTransaction, ids: string[]) {
  const cleared = (await runRows(tx, CLEAR_DOCUMENT_EVIDENCE, { ids })).map(
    (r): RelationKey => ({
      source: String(r.source),
      type: relationType(String(r.type)),
      target: String(r.target),
    }),
  );
  const unmentioned = (await runRows(tx, CLEAR_DOCUMENT_MENTIONS, { ids })).map((r) =>
    String(r.entityId),
  );
  return { cleared, unmentioned };
}

/** Recomputes aggregates of the given relationships, then drops entities left unconnected. */
async function settle(tx: ManagedTransaction, keys: RelationKey[], maybeOrphans: string[]) {
  for (const [type, rows] of groupKeys(keys)) {
    await runChunked(tx, recomputeRelations(type), rows as unknown as Row[]);
  }
  const candidates = [...new Set([...maybeOrphans, ...keys.flatMap((k) => [k.source, k.target])])];
  if (candidates.length > 0) await runRows(tx, PRUNE_ORPHAN_ENTITIES, { ids: candidates });
}

async function writeBatch(tx: ManagedTransaction, batch: IngestBatchPlan, replaced: Set<string>) {
  const docIds = batch.documents.map((d) => d.document.id);
  const { cleared, unmentioned } = await clearDocuments(
    tx,
    docIds.filter((id) => replaced.has(id)),
  );
  for (const [type, rows] of batch.entitiesByType) {
    await runChunked(tx, upsertEntities(type), rows as unknown as Row[]);
  }
  await runChunked(
    tx,
    UPSERT_DOCUMENTS,
    withIntegers(
      batch.documents.map((d) => d.document),
      ['sentences'],
    ),
  );
  await runChunked(
    tx,
    UPSERT_MENTIONS,
    withIntegers(
      batch.documents.flatMap((d) => d.mentions),
      ['count'],
    ),
  );
  const evidence = batch.documents.flatMap((d) => d.evidence);
  await runChunked(tx, UPSERT_EVIDENCE, withIntegers(evidence, ['sentence', 'start', 'end']));
  const relations = new Map<RelationType, Map<string, RelationRow>>();
  for (const rel of batch.documents.flatMap((d) => d.relations)) {
    const byId = relations.get(rel.type) ?? new Map<string, RelationRow>();
    byId.set(rel.id, rel);
    relations.set(rel.type, byId);
  }
  const keys: RelationKey[] = [...cleared];
  for (const [type, byId] of relations) {
    await runChunked(tx, mergeRelations(type), withIntegers([...byId.values()], ['quadClass']));
    for (const r of byId.values()) keys.push({ source: r.source, type, target: r.target });
  }
  await settle(tx, keys, unmentioned);
  return {
    evidence: evidence.length,
    relationIds: [...relations.values()].flatMap((m) => [...m.keys()]),
  };
}

/** Ingest with syndicated copies recognised: copies are stored, their evidence not counted. */
export async function ingestExtraction(
  ctx: Neo4jContext,
  input: ExtractionResult,
  texts: DocumentText[],
  options: IngestOptions & IngestSettings = {},
): Promise<IngestReport> {
  const copies = await planSyndication(ctx, input, texts);
  const report = await ingestReports(ctx, copies?.result ?? input, texts, options);
  if (copies) {
    await writeSyndication(ctx, copies.entries);
    if (copies.copies) report.copies = copies.copies;
  }
  return report;
}

async function ingestReports(
  ctx: Neo4jContext,
  result: ExtractionResult,
  texts: DocumentText[],
  options: IngestOptions & IngestSettings,
): Promise<IngestReport> {
  const plans = planDocuments(result, texts);
  await ctx.ensureSchema();
  const ids = plans.map((p) => p.document.id);
  const stored = await ctx.read('ingest', (tx) => runRows(tx, DOCUMENT_HASHES, { ids }));
  const hashes = new Map(stored.map((r) => [String(r.id), r.hash]));
  const toWrite = plans.filter((p) => hashes.get(p.document.id) !== p.document.hash);
  const replaced = new Set(toWrite.map((p) => p.document.id).filter((id) => hashes.has(id)));
  const unchanged = plans.length - toWrite.length;
  if (toWrite.length) {
    const entityIds = [...new Set(result.entities.map((e) => e.id))];
    const rows = await ctx.read('ingest', (tx) => runRows(tx, ENTITY_LABELS, { ids: entityIds }));
    const labels = new Map(
      rows.map((r) => [String(r.id), Array.isArray(r.labels) ? r.labels.map(String) : []]),
    );
    checkStoredTypes(result.entities, labels);
  }
  const report: IngestReport = {
    documents: plans.length,
    unchanged,
    replaced: replaced.size,
    entities: 0,
    relations: 0,
    evidence: 0,
  };
  const relationIds = new Set<string>();
  let done = unchanged;
  for (const batch of planBatches(result, toWrite, options.batchDocuments)) {
    const reached = done + batch.documents.length;
    // Progress is reported inside the transaction: a callback that throws rolls the batch back.
    const written = await ctx.write('ingest', async (tx) => {
      const out = await writeBatch(tx, batch, replaced);
      options.onProgress?.(reached, plans.length);
      return out;
    });
    report.entities += [...batch.entitiesByType.values()].reduce((n, rows) => n + rows.length, 0);
    for (const id of written.relationIds) relationIds.add(id);
    report.relations = relationIds.size;
    report.evidence += written.evidence;
    done = reached;
  }
  if (toWrite.length === 0) options.onProgress?.(plans.length, plans.length);
  return report;
}

export async function deleteDocument(ctx: Neo4jContext, docId: string): Promise<boolean> {
  await ctx.ensureSchema();
  return ctx.write('deleteDocument', async (tx) => {
    const { cleared, unmentioned } = await clearDocuments(tx, [docId]);
    const [row] = await runRows(tx, DELETE_DOCUMENT, { id: docId });
    await settle(tx, cleared, unmentioned);
    return (toNumber(row?.deleted) ?? 0) > 0;
  });
}
