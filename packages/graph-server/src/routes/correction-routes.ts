import { CorrectionPostSchema, UndoPostSchema } from '@kg/schema';
import express, { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { notifyGraphChanged } from '../app-context';
import { HttpError } from '../http-error';
import { createRateLimit } from '../rate-limit';
import { requireToken } from '../require-token';
import { parseInput } from '../validate';
import { verifyUtf8 } from '../utf8-body';
import { requireContentType } from './document-routes';
import { JSON_TYPES } from './parse-ingest-body';

export const CorrectionParamsSchema = z.object({ id: z.string().min(1).max(100) });

const notConfigured = () =>
  new HttpError(501, 'not_implemented', 'corrections are not configured on this server');

/** The corrections log: read it (notes included), add a correction, undo one (token). */
export function createCorrectionRoutes(ctx: AppContext): Router {
  const router = Router();
  const auth = requireToken(ctx.config.apiToken);
  const limit = createRateLimit(ctx.config.rateLimit, 'write');
  const json = [
    requireContentType(JSON_TYPES),
    express.json({ limit: '1mb', type: JSON_TYPES, verify: verifyUtf8 }),
  ];

  router.get('/corrections', (_req, res) => {
    if (!ctx.curation) throw notConfigured();
    const { records, active, notes } = ctx.curation.list();
    res.json({ records, active, notes });
  });

  router.post('/corrections', limit, auth, ...json, async (req, res) => {
    if (!ctx.curation) throw notConfigured();
    const body = parseInput(CorrectionPostSchema, req.body, 'body');
    const { author, why, ...input } = body;
    const out = await ctx.curation.submit(input, { author, why });
    notifyGraphChanged(ctx, {
      reason: 'corrections',
      documents: out.reingested,
      relations: out.stats.relations,
    });
    res.status(201).json(out);
  });

  router.post('/corrections/:id/undo', limit, auth, json[1], async (req, res) => {
    if (!ctx.curation) throw notConfigured();
    const { id } = parseInput(CorrectionParamsSchema, req.params, 'params');
    const meta = parseInput(UndoPostSchema, req.body ?? {}, 'body');
    const out = await ctx.curation.undo(id, meta);
    notifyGraphChanged(ctx, {
      reason: 'corrections',
      documents: out.reingested,
      relations: out.stats.relations,
    });
    res.status(201).json(out);
  });

  return router;
}
