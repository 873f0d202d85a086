import {
  CorrectionConflictError,
  CorrectionInputError,
  CorrectionNotFoundError,
  CorrectionsImportError,
  CorrectionsLogError,
} from '@kg/curation';
import {
  QueryBusyError,
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  ResultTooLargeError,
  StoreInputError,
  StoreUnavailableError,
} from '@kg/graph-store';
import type { ApiError } from '@kg/schema';

export type ErrorCode = ApiError['error']['code'];

/** An error that is the client's (or the store's) fault and has a definite HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string, id: string) =>
  new HttpError(404, 'not_found', `${what} '${truncate(id, 200)}' not found`);

export function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

/** body-parser / router errors carry `status` and `type`. */
interface FrameworkError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

const BODY_ERRORS: Record<string, [number, ErrorCode, string]> = {
  'entity.parse.failed': [400, 'bad_request', 'body: malformed JSON'],
  'entity.too.large': [413, 'payload_too_large', 'body: request body is larger than the limit'],
  'entity.verify.failed': [400, 'bad_request', 'body: could not be verified'],
  'encoding.unsupported': [415, 'unsupported_media_type', 'body: unsupported content encoding'],
  'charset.unsupported': [415, 'unsupported_media_type', 'body: unsupported charset'],
  'request.aborted': [400, 'bad_request', 'body: request aborted'],
  'request.size.invalid': [400, 'bad_request', 'body: size does not match content-length'],
  'stream.encoding.set': [500, 'internal', 'internal error'],
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'store_unavailable',
  504: 'timeout',
};

/** Strips the '@kg/graph-store/xyz: ' origin prefix: the client needs the reason, not our layout. */
function storeMessage(err: Error): string {
  return truncate(err.message.replace(/^@kg\/graph-store\/[\w-]+: /, ''), 2000);
}

/** Strips the '@kg/curation/xyz: ' origin prefix. */
function curationMessage(err: Error): string {
  return truncate(err.message.replace(/^@kg\/curation\/[\w-]+: /, ''), 2000);
}

/** Maps any thrown value to an HttpError; null means "unexpected" (500, logged). */
export function toHttpError(err: unknown): HttpError | null {
  if (err instanceof HttpError) return err;
  if (err instanceof StoreInputError || err instanceof QuerySyntaxError) {
    return new HttpError(400, 'bad_request', storeMessage(err));
  }
  if (err instanceof CorrectionNotFoundError)
    return new HttpError(404, 'not_found', curationMessage(err));
  if (err instanceof CorrectionConflictError)
    return new HttpError(409, 'conflict', curationMessage(err));
  if (err instanceof CorrectionInputError || err instanceof CorrectionsImportError)
    return new HttpError(400, 'bad_request', curationMessage(err));
  if (err instanceof CorrectionsLogError)
    return new HttpError(503, 'store_unavailable', 'the corrections log cannot be written');
  if (err instanceof QueryRejectedError) {
    return new HttpError(400, 'bad_request', storeMessage(err), { reason: 'rejected' });
  }
  if (err instanceof QueryTimeoutError) return new HttpError(504, 'timeout', storeMessage(err));
  if (err instanceof QueryBusyError) {
    return new HttpError(429, 'rate_limited', storeMessage(err), { retryAfterSeconds: 2 });
  }
  if (err instanceof ResultTooLargeError) {
    return new HttpError(422, 'unprocessable', storeMessage(err), { reason: 'result_too_large' });
  }
  if (err instanceof StoreUnavailableError) {
    return new HttpError(503, 'store_unavailable', 'the graph store is unavailable');
  }
  if (err instanceof URIError)
    return new HttpError(400, 'bad_request', 'url: malformed percent-encoding');
  const fw = (err ?? {}) as FrameworkError;
  if (typeof fw.type === 'string' && fw.type in BODY_ERRORS) {
    const [status, code, message] = BODY_ERRORS[fw.type];
    return status >= 500 ? null : new HttpError(status, code, message);
  }
  const status = fw.status ?? fw.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = fw.expose && fw.message ? truncate(fw.message, 300) : 'bad request';
    return new HttpError(status, STATUS_CODES[status] ?? 'bad_request', message);
  }
  return null;
}
