import { z } from 'zod';
import { IsoDateSchema } from './domain';

/**
 * The document log (`<data dir>/documents.log.jsonl`): one JSON object per line, appended (and
 * fsynced) before the store commits, so the store can be rebuilt from it (`kg repair`).
 * Version 1 has three kinds of line:
 * - `put`: a document accepted for ingest, as the store received it (the intake's plain text);
 *   a later `put` of the same id replaces it.
 * - `delete`: the document was deleted; a later `put` brings it back.
 * - `abort`: the store refused or failed the write of `batch` (nothing of it was acknowledged):
 *   its lines for `ids` no longer count, each id is back to what it was before.
 * `hash` is `sha256:` + hex of the document's canonical content (see documentContentHash).
 * `batch` is shared by the lines of one ingest (or delete) call: a rebuild extracts them together again,
 * since what the extractor makes of a document can depend on the rest of its batch (the
 * direction given to a symmetric relation is the first one the batch meets).
 */
export const DOCUMENT_LOG_VERSION = 1;

export const DocumentLogPutSchema = z
  .object({
    v: z.literal(DOCUMENT_LOG_VERSION),
    op: z.literal('put'),
    id: z.string().min(1),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex digits>'),
    ingestedAt: z.iso.datetime(),
    batch: z.string().min(1).max(100),
    title: z.string().optional(),
    date: IsoDateSchema.optional(),
    source: z.string().optional(),
    text: z.string(),
  })
  .strict();
export type DocumentLogPut = z.infer<typeof DocumentLogPutSchema>;

export const DocumentLogDeleteSchema = z
  .object({
    v: z.literal(DOCUMENT_LOG_VERSION),
    op: z.literal('delete'),
    id: z.string().min(1),
    deletedAt: z.iso.datetime(),
    batch: z.string().min(1).max(100),
  })
  .strict();
export type DocumentLogDelete = z.infer<typeof DocumentLogDeleteSchema>;

export const DocumentLogAbortSchema = z
  .object({
    v: z.literal(DOCUMENT_LOG_VERSION),
    op: z.literal('abort'),
    batch: z.string().min(1).max(100),
    ids: z.array(z.string().min(1)),
    abortedAt: z.iso.datetime(),
    reason: z.string().max(2000).optional(),
  })
  .strict();
export type DocumentLogAbort = z.infer<typeof DocumentLogAbortSchema>;

export const DocumentLogEntrySchema = z.discriminatedUnion('op', [
  DocumentLogPutSchema,
  DocumentLogDeleteSchema,
  DocumentLogAbortSchema,
]);
export type DocumentLogEntry = z.infer<typeof DocumentLogEntrySchema>;
