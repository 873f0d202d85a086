import type { GraphStore, IngestReport } from '@kg/graph-store';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import { HttpError } from './http-error';
import type { ReadCache } from './read-cache';

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
  logger?: Logger;
}

/** What route modules share. */
export interface AppContext {
  store: GraphStore;
  config: ServerConfig;
  cache: ReadCache;
  logger: Logger;
  ingest?: IngestFn;
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

/** Sends an already serialised JSON body. */
export function sendJsonText(res: Response, body: string, status = 200): void {
  res.status(status).type('application/json; charset=utf-8').send(body);
}

/**
 * Answers a read from the cache when it can, else computes, caches and sends it.
 * The key is the route plus the validated (normalised) input, so equivalent URLs share an entry.
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
    sendJsonText(res, hit);
    return;
  }
  const body = JSON.stringify(await withDeadline(compute(), ctx.config.queryTimeoutMs));
  ctx.cache.set(key, body);
  res.setHeader('X-Cache', 'miss');
  sendJsonText(res, body);
}
