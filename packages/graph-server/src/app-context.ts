import type { CurationService } from '@kg/curation';
import type { GraphStore, IngestReport } from '@kg/graph-store';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import { HttpError } from './http-error';
import type { ReadCache } from './read-cache';
import type { ViewStore } from './view-store';
import type { GraphChange, GraphChangedEvent, GraphEvents } from './live/graph-events';

export interface IngestInput {
  id?: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  format?: 'text' | 'markdown' | 'html';
}

export interface IngestOutcome {
  documents: string[];
  failures: Array<{ origin: string; message: string }>;
  report: IngestReport;
}

export type IngestFn = (docs: IngestInput[]) => Promise<IngestOutcome>;

export interface AppDeps {
  store: GraphStore;
  config: ServerConfig;
  /** Static files of the viewer (index.html, app.js, styles.css), served at / and /embed. */
  viewerDir?: string;
  /** Extraction + store ingest, injected by the composition root; POST /api/documents needs it. */
  ingest?: IngestFn;
  /** Saved views (`/api/views`); without it those routes answer 501. */
  views?: ViewStore;
  /** The corrections log over this store (`/api/corrections`); without it those answer 501. */
  curation?: CurationService;
  logger?: Logger;
  /** The `/api/events` hub; createApp makes one when not given. */
  events?: GraphEvents;
}

/** What route modules share. */
export interface AppContext {
  store: GraphStore;
  config: ServerConfig;
  cache: ReadCache;
  /** Reads in progress by cache key (coalesces concurrent misses). */
  inflight: Map<string, Promise<Buffer>>;
  logger: Logger;
  ingest?: IngestFn;
  curation?: CurationService;
  /** Server-Sent Events to viewers: publish through notifyGraphChanged. */
  events: GraphEvents;
}

/** Rejects with a 504 when the store takes longer than the configured query timeout. */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError(504, 'timeout', `the store did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** After a write: drop cached and in-progress reads so later requests see the new graph. */
export function invalidateReads(ctx: AppContext): void {
  ctx.cache.clear();
  ctx.inflight.clear();
}

/**
 * After every committed write (ingest, delete, corrections): drops cached reads and tells every
 * `/api/events` stream that the graph changed. Returns the event sent.
 */
export function notifyGraphChanged(ctx: AppContext, change: GraphChange): GraphChangedEvent {
  invalidateReads(ctx);
  const event = ctx.events.publish(change);
  ctx.logger.debug({ event }, 'graph changed');
  return event;
}

/** Sends an already serialised JSON body (bypasses res.send: no re-encoding, no etag). */
export function sendJsonBuffer(req: Request, res: Response, body: Buffer): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers a read from the cache when it can, else computes, caches and sends it. Concurrent
 * misses for the same key share one store call. The key is the route plus the validated
 * (normalised) input, so equivalent URLs share an entry.
 */
export async function sendCached(
  ctx: AppContext,
  req: Request,
  res: Response,
  input: unknown,
  compute: () => Promise<unknown>,
): Promise<void> {
  const key = `${req.baseUrl}${req.route?.path ?? req.path}|${JSON.stringify(req.params)}|${JSON.stringify(input)}`;
  const hit = ctx.cache.get(key);
  if (hit !== undefined) {
    res.setHeader('X-Cache', 'hit');
    sendJsonBuffer(req, res, hit);
    return;
  }
  let pending = ctx.inflight.get(key);
  if (!pending) {
    const generation = ctx.cache.generation;
    const started: Promise<Buffer> = withDeadline(compute(), ctx.config.queryTimeoutMs)
      .then((value) => {
        const body = Buffer.from(JSON.stringify(value));
        ctx.cache.set(key, body, generation);
        return body;
      })
      .finally(() => {
        if (ctx.inflight.get(key) === started) ctx.inflight.delete(key);
      });
    pending = started;
    ctx.inflight.set(key, pending);
  }
  const body = await pending;
  res.setHeader('X-Cache', 'miss');
  sendJsonBuffer(req, res, body);
}
