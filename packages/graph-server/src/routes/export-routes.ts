import { EXPORT_FORMATS, exportSubgraph } from '@kg/graph-store';
import type { Subgraph } from '@kg/schema';
import { EntityIdSchema, SubgraphQuerySchema } from '@kg/schema';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { withDeadline } from '../app-context';
import { notFound } from '../http-error';
import { parseInput } from '../validate';

export const ExportQuerySchema = SubgraphQuerySchema.extend({
  format: z.enum(EXPORT_FORMATS).default('json'),
  /** Export the neighbourhood of this entity instead of a filtered subgraph. */
  entity: EntityIdSchema.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
});

const FILTER_KEYS = [
  'types',
  'relationTypes',
  'from',
  'to',
  'minConfidence',
  'includeWeak',
  'limit',
];

/** GET /api/export: the whole graph, a filtered subgraph or a neighbourhood as a download. */
export function createExportRoutes(ctx: AppContext): Router {
  const router = Router();
  const { store, config } = ctx;

  router.get('/export', async (req, res) => {
    const query = parseInput(ExportQuerySchema, req.query, 'query');
    const filtered = FILTER_KEYS.some((k) => k in (req.query as Record<string, unknown>));
    let graph: Subgraph;
    if (query.entity) {
      const sub = await withDeadline(
        store.neighborhood(query.entity, { ...query, limit: Math.min(query.limit, 2000) }),
        config.queryTimeoutMs,
      );
      if (!sub) throw notFound('entity', query.entity);
      graph = sub;
    } else {
      graph = await withDeadline(
        filtered ? store.subgraph(query) : store.exportAll(),
        config.queryTimeoutMs * 4,
      );
    }
    const file = exportSubgraph(graph, query.format);
    const base = query.entity ? `kg-${query.entity.replace(/[^A-Za-z0-9_-]/g, '_')}` : 'kg-graph';
    if (typeof file.body === 'string') {
      res.attachment(`${base}.${file.extension}`);
      res.type(file.contentType).send(file.body);
      return;
    }
    res.attachment(`${base}-${query.format}.json`);
    res.json({ format: query.format, files: file.body });
  });

  return router;
}
