import { SavedViewSchema, ViewIdSchema } from '@kg/schema';
import express, { Router } from 'express';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { HttpError, notFound } from '../http-error';
import { createRateLimit } from '../rate-limit';
import { requireToken } from '../require-token';
import { parseInput } from '../validate';
import type { ViewStore } from '../view-store';
import { ViewStoreCorruptError, ViewStoreFullError, ViewTooLargeError } from '../view-store';
import { requireContentType } from './document-routes';
import { verifyUtf8 } from '../utf8-body';
import { QueryRejectedError, QuerySyntaxError, guardReadOnlyCypher } from '@kg/graph-store';

export const ViewParamsSchema = z.object({ id: ViewIdSchema });
export const VIEW_BODY_LIMIT = 512 * 1024;

/** Saving is open on a server without KG_API_TOKEN; with one, it needs the bearer token. */
function tokenIfConfigured(token: string | undefined): RequestHandler {
  const guard = requireToken(token);
  return token ? guard : (_req, _res, next) => next();
}

function toHttp(err: unknown): unknown {
  if (err instanceof ViewStoreFullError) return new HttpError(422, 'unprocessable', err.message);
  if (err instanceof ViewTooLargeError) return new HttpError(413, 'payload_too_large', err.message);
  if (err instanceof ViewStoreCorruptError)
    return new HttpError(503, 'store_unavailable', 'the saved-view store cannot be read');
  return err;
}

/**
 * Saved views: list, read, create (token when configured), delete (token, like documents).
 * Without a ViewStore in AppDeps every route answers 501.
 */
export function createViewRoutes(ctx: AppContext, views: ViewStore | undefined): Router {
  const router = Router();
  const limit = createRateLimit(ctx.config.rateLimit, 'write');
  const store = (): ViewStore => {
    if (!views)
      throw new HttpError(501, 'not_implemented', 'saved views are not configured on this server');
    return views;
  };
  const call = <T>(p: () => Promise<T>) => p().catch((err: unknown) => Promise.reject(toHttp(err)));

  router.get('/views', async (_req, res) => {
    res.json({ views: await call(() => store().list()) });
  });

  router.get('/views/:id', async (req, res) => {
    const { id } = parseInput(ViewParamsSchema, req.params, 'params');
    const view = await call(() => store().get(id));
    if (!view) throw notFound('view', id);
    res.json(view);
  });

  router.post(
    '/views',
    limit,
    tokenIfConfigured(ctx.config.apiToken),
    requireContentType(['application/json']),
    express.json({ limit: VIEW_BODY_LIMIT, verify: verifyUtf8 }),
    async (req, res) => {
      const body = parseInput(SavedViewSchema, req.body, 'body');
      checkViewQuery(body.state.query);
      const record = await call(() => store().create(body));
      ctx.logger.info({ view: record.id }, 'saved view created');
      res.status(201).location(`/api/views/${record.id}`).json(record);
    },
  );

  router.delete('/views/:id', limit, requireToken(ctx.config.apiToken), async (req, res) => {
    const { id } = parseInput(ViewParamsSchema, req.params, 'params');
    if (!(await call(() => store().delete(id)))) throw notFound('view', id);
    res.json({ deleted: true, id });
  });

  return router;
}

/**
 * A saved view's `state.query` is run by the viewer and by `kg export --view`: one that is not
 * read-only Cypher would break both, so it is refused when the view is saved.
 */
function checkViewQuery(query: string | undefined): void {
  if (query === undefined || query.trim() === '') return;
  try {
    guardReadOnlyCypher(query);
  } catch (err) {
    if (!(err instanceof QueryRejectedError || err instanceof QuerySyntaxError)) throw err;
    const why = err.message.replace(/^@kg\/graph-store\/[\w-]+: /, '');
    throw new HttpError(400, 'bad_request', `body.state.query: ${why}`);
  }
}
