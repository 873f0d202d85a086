/**
 * Which documents of an ingest batch are syndicated copies (pure). A document whose body is a
 * near-duplicate of a stored report, or of an earlier report of the same batch, becomes a copy:
 * it is stored (title, source, date, text) and linked to that report, but its mentions and
 * evidence are left out, so relation counts mean independent reports.
 */
import type { DocumentText, ExtractionResult } from '@kg/schema';
import { decodeSignature, encodeSignature, isCopy, signDocument } from './near-duplicate';
import { similarity, type Signature } from './near-duplicate';

/** A stored report found through a shared band: its id and encoded signature. */
export interface Candidate {
  id: string;
  minhash: string;
}

export interface SignedDocument {
  id: string;
  signature: Signature | null;
}

/** What the store writes after the ingest: one entry per document of the batch. */
export interface SyndicationEntry {
  id: string;
  /** The report this document copies; absent for a report. */
  copyOf?: string;
  /** A report's encoded signature and band keys (absent for copies and unsigned documents). */
  minhash?: string;
  bands?: string[];
}

export interface CopyPlan {
  /** The extraction without the copies' mentions and evidence. */
  result: ExtractionResult;
  entries: SyndicationEntry[];
  copies: number;
}

/** Signatures of the batch's documents, in order (the texts carry what the body needs). */
export function signBatch(result: ExtractionResult, texts: DocumentText[]): SignedDocument[] {
  const byId = new Map(texts.map((t) => [t.id, t]));
  return result.documents.map((d) => {
    const t = byId.get(d.id);
    return { id: d.id, signature: t ? signDocument(t.text, d.title ?? t.title) : null };
  });
}

/** The band keys to look up in the store for a batch. */
export function batchBands(signed: SignedDocument[]): string[] {
  return [...new Set(signed.flatMap((s) => s.signature?.bands ?? []))];
}

export function planCopies(
  result: ExtractionResult,
  signed: SignedDocument[],
  stored: Map<string, Candidate[]>,
): CopyPlan {
  const decoded = new Map<string, Omit<Signature, 'bands'>>();
  for (const list of stored.values())
    for (const c of list) {
      const m = decodeSignature(c.minhash);
      if (m) decoded.set(c.id, m);
    }
  const batchBandsIndex = new Map<string, string[]>();
  const entries: SyndicationEntry[] = [];
  const copyOf = new Map<string, string>();
  for (const { id, signature } of signed) {
    if (!signature) {
      entries.push({ id });
      continue;
    }
    const ids = new Set<string>();
    for (const key of signature.bands) {
      for (const c of stored.get(key) ?? []) ids.add(c.id);
      for (const other of batchBandsIndex.get(key) ?? []) ids.add(other);
    }
    ids.delete(id);
    let best: { id: string; score: number } | undefined;
    for (const other of [...ids].sort()) {
      const m = decoded.get(other);
      if (!m || !isCopy(signature, m)) continue;
      const score = similarity(signature.minhash, m.minhash);
      if (!best || score > best.score) best = { id: other, score };
    }
    if (best) {
      copyOf.set(id, best.id);
      entries.push({ id, copyOf: best.id });
      continue;
    }
    decoded.set(id, signature);
    for (const key of signature.bands) {
      const list = batchBandsIndex.get(key);
      if (list) list.push(id);
      else batchBandsIndex.set(key, [id]);
    }
    entries.push({ id, minhash: encodeSignature(signature), bands: signature.bands });
  }
  return { result: withoutCopies(result, copyOf), entries, copies: copyOf.size };
}

/** The extraction with the copies' mentions and evidence removed (their documents kept). */
function withoutCopies(result: ExtractionResult, copies: Map<string, string>): ExtractionResult {
  if (!copies.size) return result;
  const relations = result.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => !copies.has(e.docId)) }))
    .filter((r) => r.evidence.length > 0);
  const endpoints = new Set(relations.flatMap((r) => [r.source, r.target]));
  const entities = result.entities.flatMap((e) => {
    const mentions = e.mentions.filter((m) => !copies.has(m.docId));
    const keep = mentions.length > 0 || e.mentions.length === 0 || endpoints.has(e.id);
    return keep ? [{ ...e, mentions }] : [];
  });
  return { documents: result.documents, entities, relations };
}
