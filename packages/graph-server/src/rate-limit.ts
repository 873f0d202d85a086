import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './http-error';

/** Per-IP limit of `perMinute` requests; a pass-through when perMinute is 0. */
export function createRateLimit(perMinute: number, what: string): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(
        new HttpError(
          429,
          'rate_limited',
          `too many ${what} requests: at most ${perMinute} per minute`,
        ),
      );
    },
  });
}
