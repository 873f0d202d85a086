/** The shared error responses of the OpenAPI description (`components/responses`). */
import type { ApiError } from '@kg/schema';
import type { JsonMap } from './openapi-components';

interface ErrorDoc {
  name: string;
  description: string;
  example: ApiError;
}

const error = (code: ApiError['error']['code'], message: string, details?: unknown): ApiError => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** One entry per status an operation may answer with; examples are real server messages. */
export const ERROR_RESPONSES: Record<number, ErrorDoc> = {
  400: {
    name: 'BadRequest',
    description: 'Invalid input: `details` names each bad field (at most 20).',
    example: error('bad_request', 'query.depth: must be <= 3', [
      { path: 'query.depth', message: 'must be <= 3' },
    ]),
  },
  401: {
    name: 'Unauthorized',
    description: 'Missing or wrong API token (`Authorization: Bearer <token>`).',
    example: error('unauthorized', 'missing Authorization: Bearer <token> header'),
  },
  403: {
    name: 'Forbidden',
    description: 'Writes are disabled: the server has no `KG_API_TOKEN`.',
    example: error(
      'forbidden',
      'writes are disabled: set KG_API_TOKEN on the server to enable them',
    ),
  },
  404: {
    name: 'NotFound',
    description: 'No such entity, relation, document or view.',
    example: error('not_found', "entity 'XYZ' not found"),
  },
  409: {
    name: 'Conflict',
    description:
      'The correction conflicts with one in effect (merge cycle, actor merged away, confirm of a rejected relation, undo of an undo); the message names the earlier correction.',
    example: error(
      'conflict',
      'relation reuters__DEMANDS__natalia-gavrilita was rejected by c-mf3k2x-4f9a1c: undo c-mf3k2x-4f9a1c before this correction',
    ),
  },
  413: {
    name: 'PayloadTooLarge',
    description: 'The body is larger than the limit (`KG_BODY_LIMIT`, `KG_CYPHER_BODY_LIMIT`).',
    example: error('payload_too_large', 'body: request body is larger than the limit'),
  },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The Content-Type (or its charset) is not one this operation reads.',
    example: error(
      'unsupported_media_type',
      'Content-Type must be one of: application/json (got application/xml)',
    ),
  },
  422: {
    name: 'Unprocessable',
    description:
      'Nothing could be stored (no document ingestible, the view store is full) or the result is too large.',
    example: error('unprocessable', 'no document could be ingested', {
      failures: [{ origin: 'document 1', message: 'intake: the document has no text' }],
    }),
  },
  429: {
    name: 'RateLimited',
    description: 'Too many requests from this address (`KG_RATE_LIMIT` per minute).',
    example: error('rate_limited', 'too many cypher requests: at most 120 per minute'),
  },
  501: {
    name: 'NotImplemented',
    description: 'The server was started without this feature (ingest or saved views).',
    example: error('not_implemented', 'saved views are not configured on this server'),
  },
  503: {
    name: 'StoreUnavailable',
    description: 'The graph store (or the saved-view file) cannot be reached or read.',
    example: error('store_unavailable', 'the graph store is unavailable'),
  },
  504: {
    name: 'Timeout',
    description: 'The store did not answer within `KG_QUERY_TIMEOUT_MS`.',
    example: error('timeout', 'the store did not answer within 5000 ms'),
  },
  500: {
    name: 'InternalError',
    description: 'Unexpected error: only the request id is given; the server log has the rest.',
    example: error('internal', 'internal error (request id 0f8e2a41)'),
  },
};

/** `components/responses`, each referring to the shared ApiError schema. */
export function errorResponses(errorSchemaRef: string): Record<string, JsonMap> {
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description, example }) => [
      name,
      {
        description,
        content: {
          'application/json': { schema: { $ref: errorSchemaRef }, example: example as JsonMap },
        },
      },
    ]),
  );
}
