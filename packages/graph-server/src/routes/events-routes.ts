import { Router } from 'express';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';

/** Tells a client to wait this long before reconnecting after the stream drops. */
export const EVENTS_RETRY_MS = 3000;

/**
 * GET /api/events: a Server-Sent Events stream. First a `ready` event with the current version,
 * then one `graph-changed` event per committed write, and a comment line as heartbeat.
 */
export function createEventsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/events', (req, res) => {
    if (ctx.events.size >= ctx.events.maxClients) {
      throw new HttpError(
        503,
        'store_unavailable',
        `too many event streams open (${ctx.events.maxClients}): close some viewer tabs`,
        { retryAfterSeconds: 30 },
      );
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    const ready = JSON.stringify({ version: ctx.events.version });
    res.write(`retry: ${EVENTS_RETRY_MS}\nevent: ready\ndata: ${ready}\n\n`);
    ctx.events.subscribe(res);
  });
  return router;
}
