import { Router } from 'express';
import type { AppContext } from '../app-context';
import { withDeadline } from '../app-context';
import { HttpError } from '../http-error';
import { buildOpenApi } from '../openapi';

/** /api/health and /api/openapi.json. */
export function createMetaRoutes(ctx: AppContext): Router {
  const router = Router();
  const { store } = ctx;
  let openapi: string | undefined;

  router.get('/health', async (_req, res) => {
    const reachable = await withDeadline(store.ping(), ctx.config.queryTimeoutMs).catch(
      () => false,
    );
    if (!reachable) {
      throw new HttpError(503, 'store_unavailable', 'the graph store is unreachable', {
        store: { dialect: store.dialect, reachable: false },
      });
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok', store: { dialect: store.dialect, reachable: true } });
  });

  router.get('/openapi.json', (_req, res) => {
    openapi ??= JSON.stringify(buildOpenApi());
    res.type('application/json').send(openapi);
  });

  return router;
}
