import { CypherRequestSchema } from '@kg/schema';
import express, { Router } from 'express';
import type { AppContext } from '../app-context';
import { withDeadline } from '../app-context';
import { HttpError } from '../http-error';
import { createRateLimit } from '../rate-limit';
import { parseInput } from '../validate';
import { requireContentType } from './document-routes';
import { verifyUtf8 } from '../utf8-body';

export const MAX_PARAM_DEPTH = 8;

/** Depth of a JSON value: 0 for scalars. */
function depthOf(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit <= 0) return 1;
  let max = 0;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, limit - 1));
  return max + 1;
}

/** POST /api/cypher: read-only user Cypher with a row cap and a timeout. */
export function createCypherRoutes(ctx: AppContext): Router {
  const router = Router();
  const { config } = ctx;
  router.post(
    '/cypher',
    createRateLimit(config.rateLimit, 'cypher'),
    requireContentType(['application/json']),
    express.json({ limit: config.cypherBodyLimit, verify: verifyUtf8 }),
    async (req, res) => {
      const body = parseInput(CypherRequestSchema, req.body, 'body');
      if (depthOf(body.params, MAX_PARAM_DEPTH + 1) > MAX_PARAM_DEPTH) {
        throw new HttpError(
          400,
          'bad_request',
          `body.params: nested deeper than ${MAX_PARAM_DEPTH} levels`,
        );
      }
      const options = {
        limit: Math.min(body.limit, config.maxRows),
        timeoutMs: config.queryTimeoutMs,
        maxBytes: config.maxResponseBytes,
      };
      // The store enforces the timeout; the deadline here only guards against a stuck store.
      const run = ctx.store.runUserQuery(body.query, body.params, options);
      const json = JSON.stringify(await withDeadline(run, config.queryTimeoutMs + 2000));
      // rows are capped by the store; nodes and edges come on top of them
      if (Buffer.byteLength(json) > config.maxResponseBytes) {
        throw new HttpError(
          422,
          'unprocessable',
          `the result is larger than KG_MAX_RESPONSE_BYTES (${config.maxResponseBytes.toLocaleString('en')} bytes): return fewer or smaller columns (e.g. substring(d.text, 0, 200)) or add a LIMIT`,
          { reason: 'result_too_large' },
        );
      }
      res.type('application/json').send(json);
    },
  );
  return router;
}
