import { DocumentListQuerySchema } from '@kg/schema';
import express, { Router } from 'express';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { invalidateReads, notifyGraphChanged, withDeadline } from '../app-context';
import { HttpError, notFound } from '../http-error';
import { createRateLimit } from '../rate-limit';
import { requireToken } from '../require-token';
import { parseInput } from '../validate';
import {
  INGEST_CONTENT_TYPES,
  JSON_TYPES,
  NDJSON_TYPES,
  TEXT_TYPES,
  parseIngestBody,
} from './parse-ingest-body';
import { verifyUtf8 } from '../utf8-body';

export const DocumentParamsSchema = z.object({ id: z.string().min(1).max(500) });

/** 415 unless the request's Content-Type is one of `types`. */
export function requireContentType(types: string[]): RequestHandler {
  return (req, _res, next) => {
    const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!types.includes(type)) {
      const got = type ? `got ${type.slice(0, 100)}` : 'none given';
      throw new HttpError(
        415,
        'unsupported_media_type',
        `Content-Type must be one of ${types.join(', ')} (${got})`,
      );
    }
    next();
  };
}

/** Document listing, reading, ingest (token) and deletion (token). */
export function createDocumentRoutes(ctx: AppContext): Router {
  const router = Router();
  const { store, config } = ctx;
  const auth = requireToken(config.apiToken);
  const limit = createRateLimit(config.rateLimit, 'write');
  const bodyLimit = config.bodyLimit;

  router.get('/documents', async (req, res) => {
    const query = parseInput(DocumentListQuerySchema, req.query, 'query');
    const page = await withDeadline(store.listDocuments(query), config.queryTimeoutMs);
    res.json({ ...page, limit: query.limit, offset: query.offset });
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(DocumentParamsSchema, req.params, 'params');
    const doc = await withDeadline(store.getDocument(id), config.queryTimeoutMs);
    if (!doc) throw notFound('document', id);
    res.json(doc);
  });

  router.post(
    '/documents',
    limit,
    auth,
    requireContentType(INGEST_CONTENT_TYPES),
    express.json({ limit: bodyLimit, type: JSON_TYPES, verify: verifyUtf8 }),
    express.text({
      limit: bodyLimit,
      type: [...TEXT_TYPES, ...NDJSON_TYPES],
      verify: verifyUtf8,
    }),
    async (req, res) => {
      if (!ctx.ingest) {
        throw new HttpError(
          501,
          'not_implemented',
          'document ingest is not configured on this server',
        );
      }
      const docs = parseIngestBody(req);
      const outcome = await ctx.ingest(docs);
      const { report } = outcome;
      const changed = report.documents - report.unchanged;
      if (changed > 0) {
        notifyGraphChanged(ctx, {
          reason: 'ingest',
          documents: changed,
          relations: report.relations,
        });
      } else invalidateReads(ctx);
      if (outcome.documents.length === 0 && outcome.failures.length > 0) {
        throw new HttpError(422, 'unprocessable', 'no document could be ingested', {
          failures: outcome.failures,
        });
      }
      res.status(201).json(outcome);
    },
  );

  router.delete('/documents/:id', limit, auth, async (req, res) => {
    const { id } = parseInput(DocumentParamsSchema, req.params, 'params');
    const deleted = await store.deleteDocument(id);
    if (!deleted) {
      invalidateReads(ctx);
      throw notFound('document', id);
    }
    notifyGraphChanged(ctx, { reason: 'delete', documents: 1, relations: 0 });
    res.json({ deleted: true, id });
  });

  return router;
}
