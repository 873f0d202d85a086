import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error';

/** Offset of the first byte of `buf` that is not valid UTF-8. */
export function firstInvalidByte(buf: Buffer): number {
  const text = buf.toString('utf8');
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    const at = Buffer.byteLength(text.slice(0, i));
    // a genuine U+FFFD in the body is the valid sequence EF BF BD
    if (!(buf[at] === 0xef && buf[at + 1] === 0xbf && buf[at + 2] === 0xbd)) return at;
  }
  return buf.length;
}

/**
 * body-parser `verify` hook: refuses a body declared (or defaulted) as UTF-8 that is not valid
 * UTF-8. The parsers would silently turn the bad bytes into U+FFFD and store mangled text;
 * `kg ingest` refuses such files the same way.
 */
export function verifyUtf8(
  _req: IncomingMessage,
  _res: ServerResponse,
  buf: Buffer,
  encoding: string,
): void {
  if (!/^utf-?8$/i.test(encoding) || isUtf8(buf)) return;
  throw new HttpError(
    400,
    'bad_request',
    `body: invalid UTF-8 near byte ${firstInvalidByte(buf)}: send the text encoded as UTF-8 (or name its charset in Content-Type)`,
  );
}
