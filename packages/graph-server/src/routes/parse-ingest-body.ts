import { INGEST_FORMATS, IngestDocumentSchema, IngestRequestSchema } from '@kg/schema';
import type { IngestDocument } from '@kg/schema';
import type { Request } from 'express';
import { z } from 'zod';
import { HttpError } from '../http-error';
import { parseInput } from '../validate';

export const NDJSON_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
];
export const TEXT_TYPES = ['text/plain', 'text/markdown', 'text/html'];
export const JSON_TYPES = ['application/json'];
export const INGEST_CONTENT_TYPES = [...TEXT_TYPES, ...JSON_TYPES, ...NDJSON_TYPES];

/** Metadata of a raw text upload, given in the query string. */
export const TextUploadQuerySchema = z.object({
  id: z.string().trim().min(1).max(200).optional(),
  title: z.string().max(1000).optional(),
  date: IngestDocumentSchema.shape.date,
  source: z.string().max(2000).optional(),
  format: z.enum(INGEST_FORMATS).optional(),
});

const FORMAT_BY_TYPE: Record<string, IngestDocument['format']> = {
  'text/markdown': 'markdown',
  'text/html': 'html',
};

function parseNdjson(body: string): unknown[] {
  const docs: unknown[] = [];
  body.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      docs.push(JSON.parse(line));
    } catch {
      throw new HttpError(400, 'bad_request', `body line ${i + 1}: malformed JSON`);
    }
  });
  return docs;
}

/** A JSON body may be {documents:[...]}, a bare array of documents or one document. */
function normaliseJson(body: unknown): unknown {
  if (Array.isArray(body)) return { documents: body };
  if (body && typeof body === 'object' && !('documents' in body) && 'text' in body) {
    return { documents: [body] };
  }
  return body;
}

/** Turns any accepted ingest body (already read by the body parsers) into validated documents. */
export function parseIngestBody(req: Request): IngestDocument[] {
  const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return TEXT_TYPES.includes(type) ? [parseTextUpload(req, type)] : parseDocuments(req, type);
}

function parseTextUpload(req: Request, type: string): IngestDocument {
  const meta = parseInput(TextUploadQuerySchema, req.query, 'query');
  const doc = { ...meta, text: req.body, format: meta.format ?? FORMAT_BY_TYPE[type] ?? 'text' };
  return parseInput(IngestDocumentSchema, doc, 'body');
}

function parseDocuments(req: Request, type: string): IngestDocument[] {
  const body = NDJSON_TYPES.includes(type)
    ? { documents: parseNdjson(String(req.body)) }
    : normaliseJson(req.body);
  return parseInput(IngestRequestSchema, body, 'body').documents;
}
