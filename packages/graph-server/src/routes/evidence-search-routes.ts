import { EvidenceSearchQuerySchema } from '@kg/schema';
import { Router } from 'express';
import type { AppContext } from '../app-context';
import { sendCached } from '../app-context';
import { parseInput } from '../validate';

/** GET /api/evidence/search: evidence sentences holding every word of `q`. */
export function createEvidenceSearchRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/evidence/search', async (req, res) => {
    const query = parseInput(EvidenceSearchQuerySchema, req.query, 'query');
    await sendCached(ctx, req, res, query, () => ctx.store.searchEvidence(query));
  });
  return router;
}
