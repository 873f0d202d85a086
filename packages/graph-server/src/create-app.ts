import cors from 'cors';
import express from 'express';
import type { ErrorRequestHandler, Express } from 'express';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppContext, AppDeps } from './app-context';
import { HttpError, toHttpError } from './http-error';
import { createReadCache } from './read-cache';
import { requestId } from './request-id';
import { createCorrectionRoutes } from './routes/correction-routes';
import { createCypherRoutes } from './routes/cypher-routes';
import { createDocsRoutes } from './routes/docs-routes';
import { createDocumentRoutes } from './routes/document-routes';
import { createEventsRoutes } from './routes/events-routes';
import { GraphEvents } from './live/graph-events';
import { createExportRoutes } from './routes/export-routes';
import { createGraphRoutes } from './routes/graph-routes';
import { createEvidenceSearchRoutes } from './routes/evidence-search-routes';
import { createMetaRoutes } from './routes/meta-routes';
import { createViewRoutes } from './routes/view-routes';
import { createViewerRoutes } from './routes/viewer-routes';
import { createSecurityHeaders } from './security-headers';

function errorHandler(ctx: AppContext): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const http = toHttpError(err);
    const id = String(res.getHeader('X-Request-Id') ?? req.id ?? '');
    if (res.headersSent) {
      ctx.logger.error({ err, reqId: id }, 'error after the response started');
      res.destroy();
      return;
    }
    if (http) {
      if (http.status >= 500) ctx.logger.warn({ reqId: id, code: http.code }, http.message);
      const retry = (http.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) res.setHeader('Retry-After', String(retry));
      const body =
        http.details === undefined
          ? { code: http.code, message: http.message }
          : { code: http.code, message: http.message, details: http.details };
      res.status(http.status).json({ error: body });
      return;
    }
    ctx.logger.error({ err, reqId: id }, 'unexpected error');
    res
      .status(500)
      .json({ error: { code: 'internal', message: `internal error (request id ${id})` } });
  };
}

/**
 * The express app: JSON API under /api (validated with the @kg/schema zod schemas), the viewer
 * at / and /embed, security headers, CORS, body limits, rate limits, request ids and logs.
 */
export function createApp(deps: AppDeps): Express {
  const { config } = deps;
  const logger = deps.logger ?? pino({ level: config.logLevel });
  const ctx: AppContext = {
    store: deps.store,
    config,
    logger,
    ingest: deps.ingest,
    curation: deps.curation,
    cache: createReadCache(config.cacheSize, config.cacheTtlMs),
    inflight: new Map(),
    events: deps.events ?? new GraphEvents(),
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('etag', false);
  // startServer ends the event streams before closing (they never finish on their own)
  app.locals.events = ctx.events;

  if (logger.isLevelEnabled('fatal')) {
    app.use(pinoHttp({ logger, genReqId: requestId, autoLogging: logger.isLevelEnabled('info') }));
  } else {
    // Silent logger: only the request id, without pino-http's per-request child logger.
    app.use((req, res, next) => {
      req.id = requestId(req, res);
      next();
    });
  }
  app.use(createSecurityHeaders(config));

  const api = express.Router();
  if (config.corsOrigins.length > 0) {
    const any = config.corsOrigins.includes('*');
    api.use(
      cors({
        origin: any ? '*' : config.corsOrigins,
        methods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'],
        allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
        exposedHeaders: ['X-Request-Id', 'Content-Disposition'],
        maxAge: 600,
      }),
    );
  }
  api.use(createMetaRoutes(ctx));
  api.use(createDocsRoutes());
  api.use(createGraphRoutes(ctx));
  api.use(createEvidenceSearchRoutes(ctx));
  api.use(createDocumentRoutes(ctx));
  api.use(createEventsRoutes(ctx));
  api.use(createCypherRoutes(ctx));
  api.use(createExportRoutes(ctx));
  api.use(createViewRoutes(ctx, deps.views));
  api.use(createCorrectionRoutes(ctx));
  api.use((req) => {
    throw new HttpError(
      404,
      'not_found',
      `no API route ${req.method} ${req.baseUrl}${req.path.slice(0, 200)}`,
    );
  });
  app.use('/api', api);

  if (deps.viewerDir) app.use(createViewerRoutes(deps.viewerDir));
  app.use((req) => {
    throw new HttpError(404, 'not_found', `not found: ${req.path.slice(0, 200)}`);
  });
  app.use(errorHandler(ctx));
  return app;
}
