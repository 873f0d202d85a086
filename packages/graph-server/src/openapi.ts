import {
  ApiErrorSchema,
  CypherRequestSchema,
  CypherResultSchema,
  DocumentListQuerySchema,
  EntityDetailSchema,
  IngestDocumentSchema,
  IngestRequestSchema,
  NeighborhoodQuerySchema,
  PathsQuerySchema,
  SearchQuerySchema,
  StatsSchema,
  SubgraphQuerySchema,
  SubgraphSchema,
} from '@kg/schema';
import { z } from 'zod';
import {
  DeleteResponseSchema,
  DocumentListResponseSchema,
  DocumentRecordSchema,
  EvidenceResponseSchema,
  HealthSchema,
  IngestResponseSchema,
  PathsResponseSchema,
  SearchResponseSchema,
} from './response-schemas';
import { TextUploadQuerySchema } from './routes/parse-ingest-body';
import { ExportQuerySchema } from './routes/export-routes';
import { DocumentParamsSchema } from './routes/document-routes';
import { EntityParamsSchema, RelationParamsSchema } from './routes/graph-routes';

type Schema = z.ZodType;
type JsonObject = Record<string, unknown>;

export interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  /** Express-style path: '/api/entities/:id'. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: Record<string, Schema>;
  /** Success status and its body: a schema (JSON) or media types for non-JSON bodies. */
  ok: [number, Schema | Record<string, JsonObject>];
  errors: number[];
  auth?: boolean;
}

const READ_ERRORS = [400, 503, 504];
const NDJSON_LINE = { type: 'string', description: 'one IngestDocument JSON object per line' };

/** Every route the app serves; the openapi test checks this against the express router. */
export const API_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and store reachability',
    ok: [200, HealthSchema],
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Counts of documents, entities, relations by type',
    ok: [200, StatsSchema],
    errors: READ_ERRORS,
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Entity search by name or alias',
    query: SearchQuerySchema,
    ok: [200, SearchResponseSchema],
    errors: READ_ERRORS,
  },
  {
    method: 'get',
    path: '/api/entities/:id',
    summary: 'Entity detail: aliases, roles, mentions, documents, relations',
    params: EntityParamsSchema,
    ok: [200, EntityDetailSchema],
    errors: [...READ_ERRORS, 404],
  },
  {
    method: 'get',
    path: '/api/entities/:id/neighborhood',
    summary: 'Neighbourhood of an entity (node cap reported in omittedNodes)',
    params: EntityParamsSchema,
    query: NeighborhoodQuerySchema,
    ok: [200, SubgraphSchema],
    errors: [...READ_ERRORS, 404],
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two entities',
    query: PathsQuerySchema,
    ok: [200, PathsResponseSchema],
    errors: [...READ_ERRORS, 404],
  },
  {
    method: 'get',
    path: '/api/subgraph',
    summary: 'Filtered subgraph',
    query: SubgraphQuerySchema,
    ok: [200, SubgraphSchema],
    errors: READ_ERRORS,
  },
  {
    method: 'get',
    path: '/api/relations/:id/evidence',
    summary: 'The sentences behind a relationship',
    params: RelationParamsSchema,
    ok: [200, EvidenceResponseSchema],
    errors: [...READ_ERRORS, 404],
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Stored documents, paged',
    query: DocumentListQuerySchema,
    ok: [200, DocumentListResponseSchema],
    errors: READ_ERRORS,
  },
  {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'One document with its text',
    params: DocumentParamsSchema,
    ok: [200, DocumentRecordSchema],
    errors: [...READ_ERRORS, 404],
  },
  {
    method: 'post',
    path: '/api/documents',
    summary: 'Ingest documents (text body with ?title=&date=&source=&id=&format=, JSON or NDJSON)',
    query: TextUploadQuerySchema,
    body: {
      'application/json': IngestRequestSchema,
      'text/plain': IngestDocumentSchema.shape.text,
      'text/markdown': IngestDocumentSchema.shape.text,
      'text/html': IngestDocumentSchema.shape.text,
      'application/x-ndjson': z.string().meta(NDJSON_LINE),
    },
    ok: [201, IngestResponseSchema],
    errors: [400, 401, 403, 413, 415, 422, 429, 501, 503],
    auth: true,
  },
  {
    method: 'delete',
    path: '/api/documents/:id',
    summary: 'Delete a document and its evidence',
    params: DocumentParamsSchema,
    ok: [200, DeleteResponseSchema],
    errors: [400, 401, 403, 404, 429, 503],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary: 'Read-only Cypher (writes, file access and procedures refused)',
    body: { 'application/json': CypherRequestSchema },
    ok: [200, CypherResultSchema],
    errors: [400, 413, 415, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/export',
    summary:
      'Download the graph, a filtered subgraph (any filter given) or a neighbourhood (entity=)',
    query: ExportQuerySchema,
    ok: [
      200,
      {
        'application/json': {},
        'application/gexf+xml': {},
        'application/graphml+xml': {},
        'text/plain': {},
      },
    ],
    errors: [...READ_ERRORS, 404],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description',
    ok: [200, { 'application/json': {} }],
    errors: [],
  },
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input (details name each bad field)',
  401: 'Missing or wrong API token',
  403: 'Writes disabled (no token configured)',
  404: 'Not found',
  413: 'Body too large',
  415: 'Unsupported Content-Type',
  422: 'No document could be ingested',
  429: 'Rate limited',
  501: 'Not configured',
  503: 'Store unavailable',
  504: 'Query timeout',
};

function jsonSchema(schema: Schema, io: 'input' | 'output'): JsonObject {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonObject;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonObject[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema: s,
  }));
}

function operation(route: RouteDoc): JsonObject {
  const [status, ok] = route.ok;
  const okContent =
    ok instanceof z.ZodType
      ? { 'application/json': { schema: jsonSchema(ok, 'output') } }
      : Object.fromEntries(Object.entries(ok).map(([type, schema]) => [type, { schema }]));
  const error = { 'application/json': { schema: jsonSchema(ApiErrorSchema, 'output') } };
  const responses: JsonObject = { [status]: { description: 'OK', content: okContent } };
  for (const code of [...route.errors, 500]) {
    responses[code] = {
      description: STATUS_TEXT[code] ?? 'Unexpected error (request id only)',
      content: error,
    };
  }
  return {
    summary: route.summary,
    operationId: `${route.method}${route.path.replace(/\/:?(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          Object.entries(route.body).map(([t, s]) => [t, { schema: jsonSchema(s, 'input') }]),
        ),
      },
    }),
    ...(route.auth && { security: [{ bearer: [] }] }),
    responses,
  };
}

/** The OpenAPI 3.1 description, generated from the same zod schemas the routes validate with. */
export function buildOpenApi(version = '0.1.0'): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of API_ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'kg news knowledge graph API',
      version,
      description: 'Every edge traces back to its evidence sentences.',
    },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
