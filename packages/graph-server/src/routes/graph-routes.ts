import type { GraphEdge } from '@kg/schema';
import {
  EntityIdSchema,
  NeighborhoodQuerySchema,
  PathsQuerySchema,
  RELATION_TYPES,
  SearchQuerySchema,
  SubgraphQuerySchema,
} from '@kg/schema';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { sendCached, withDeadline } from '../app-context';
import { HttpError, notFound } from '../http-error';
import { parseInput } from '../validate';

export const EntityParamsSchema = z.object({ id: EntityIdSchema });
export const RelationParamsSchema = z.object({ id: z.string().min(1).max(700) });

/** Best effort: the aggregated edge behind a relation id `${source}__${TYPE}__${target}`. */
async function findRelation(ctx: AppContext, id: string): Promise<GraphEdge | undefined> {
  for (const type of RELATION_TYPES) {
    const at = id.indexOf(`__${type}__`);
    if (at <= 0) continue;
    const source = id.slice(0, at);
    if (!EntityIdSchema.safeParse(source).success) continue;
    const detail = await ctx.store.getEntity(source);
    const edge = detail?.relations.find((r) => r.id === id);
    if (edge) return edge;
  }
  return undefined;
}

/** Which endpoint of a path request is unknown (for a precise 404). */
async function missingEndpoint(ctx: AppContext, from: string, to: string): Promise<string> {
  const source = await ctx.store.getEntity(from);
  return source ? to : from;
}

/** Read endpoints over the graph: stats, search, entities, neighbourhoods, paths, evidence. */
export function createGraphRoutes(ctx: AppContext): Router {
  const router = Router();
  const { store } = ctx;

  router.get('/stats', async (req, res) => {
    await sendCached(ctx, req, res, {}, () => store.stats());
  });

  router.get('/search', async (req, res) => {
    const query = parseInput(SearchQuerySchema, req.query, 'query');
    await sendCached(ctx, req, res, query, async () => ({ results: await store.search(query) }));
  });

  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'params');
    await sendCached(ctx, req, res, {}, async () => {
      return (await store.getEntity(id)) ?? Promise.reject(notFound('entity', id));
    });
  });

  router.get('/entities/:id/neighborhood', async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'params');
    const query = parseInput(NeighborhoodQuerySchema, req.query, 'query');
    await sendCached(ctx, req, res, query, async () => {
      return (await store.neighborhood(id, query)) ?? Promise.reject(notFound('entity', id));
    });
  });

  router.get('/paths', async (req, res) => {
    const query = parseInput(PathsQuerySchema, req.query, 'query');
    for (const key of ['from', 'to'] as const) {
      if (!EntityIdSchema.safeParse(query[key]).success) {
        throw new HttpError(400, 'bad_request', `query.${key}: expected an entity id`);
      }
    }
    await sendCached(ctx, req, res, query, async () => {
      const result = await store.paths(query);
      if (result) return result;
      throw notFound('entity', await missingEndpoint(ctx, query.from, query.to));
    });
  });

  router.get('/subgraph', async (req, res) => {
    const query = parseInput(SubgraphQuerySchema, req.query, 'query');
    await sendCached(ctx, req, res, query, () => store.subgraph(query));
  });

  router.get('/relations/:id/evidence', async (req, res) => {
    const { id } = parseInput(RelationParamsSchema, req.params, 'params');
    await sendCached(ctx, req, res, {}, async () => {
      const evidence = await withDeadline(store.evidence(id), ctx.config.queryTimeoutMs);
      if (!evidence) throw notFound('relation', id);
      const relation = await findRelation(ctx, id);
      return relation ? { relation, evidence } : { evidence };
    });
  });

  return router;
}
