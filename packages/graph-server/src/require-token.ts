import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Guards write endpoints with `Authorization: Bearer <token>`. No configured token -> 403
 * (writes disabled); missing or wrong token -> 401. Compares SHA-256 digests in constant time.
 */
export function requireToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return (req, res, next) => {
    if (!expected) {
      throw new HttpError(
        403,
        'forbidden',
        'writes are disabled: set KG_API_TOKEN on the server to enable them',
      );
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="kg"');
      throw new HttpError(
        401,
        'unauthorized',
        match ? 'invalid API token' : 'missing Authorization: Bearer <token> header',
      );
    }
    next();
  };
}
