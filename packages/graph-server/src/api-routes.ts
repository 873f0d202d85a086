/** The route table: every route the app serves with the zod schemas it validates with. */
import {
  CorrectionPostSchema,
  CorrectionsResponseSchema,
  CorrectionWriteResponseSchema,
  UndoPostSchema,
  CypherRequestSchema,
  CypherResultSchema,
  DocumentListQuerySchema,
  EntityDetailSchema,
  EvidenceSearchQuerySchema,
  EvidenceSearchResponseSchema,
  IngestDocumentSchema,
  IngestRequestSchema,
  NeighborhoodQuerySchema,
  SavedViewRecordSchema,
  SavedViewSchema,
  ViewListResponseSchema,
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
import { ViewParamsSchema } from './routes/view-routes';
import { CorrectionParamsSchema } from './routes/correction-routes';

export type Schema = z.ZodType;
export type JsonObject = Record<string, unknown>;

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
  /** true: bearer token required; 'optional': required only when the server has one. */
  auth?: boolean | 'optional';
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
    path: '/api/evidence/search',
    summary: 'Evidence sentences holding every word of q (any case), newest first',
    query: EvidenceSearchQuerySchema,
    ok: [200, EvidenceSearchResponseSchema],
    errors: READ_ERRORS,
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
    path: '/api/views',
    summary: 'Saved views (id, name, title, createdAt)',
    ok: [200, ViewListResponseSchema],
    errors: [501, 503],
  },
  {
    method: 'get',
    path: '/api/views/:id',
    summary: 'One saved view: viewer state, pinned positions, title, caption',
    params: ViewParamsSchema,
    ok: [200, SavedViewRecordSchema],
    errors: [400, 404, 501, 503],
  },
  {
    method: 'post',
    path: '/api/views',
    summary: 'Save a view (bearer token needed only when KG_API_TOKEN is set)',
    body: { 'application/json': SavedViewSchema },
    ok: [201, SavedViewRecordSchema],
    errors: [400, 401, 413, 415, 422, 429, 501, 503],
    auth: 'optional',
  },
  {
    method: 'delete',
    path: '/api/views/:id',
    summary: 'Delete a saved view',
    params: ViewParamsSchema,
    ok: [200, DeleteResponseSchema],
    errors: [400, 401, 403, 404, 429, 501, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/corrections',
    summary: 'The corrections log (log order), the ids in effect, and notes by entity and relation',
    ok: [200, CorrectionsResponseSchema],
    errors: [501, 503],
  },
  {
    method: 'post',
    path: '/api/corrections',
    summary:
      'Add a correction (merge, rename, retype, split, reject, confirm, add); applied at once by re-ingesting the documents it affects',
    body: { 'application/json': CorrectionPostSchema },
    ok: [201, CorrectionWriteResponseSchema],
    errors: [400, 401, 403, 404, 409, 413, 415, 429, 501, 503],
    auth: true,
  },
  {
    method: 'post',
    path: '/api/corrections/:id/undo',
    summary: 'Undo a correction (appends an undo record; the log is never rewritten)',
    params: CorrectionParamsSchema,
    body: { 'application/json': UndoPostSchema },
    ok: [201, CorrectionWriteResponseSchema],
    errors: [400, 401, 403, 404, 409, 413, 429, 501, 503],
    auth: true,
  },
  {
    method: 'get',
    path: '/api/events',
    summary:
      'Server-Sent Events: `ready` {version} on connect, then `graph-changed` {version, documents, relations, reason (ingest|delete|corrections), at} after every committed write; a comment line every 20 s as heartbeat',
    ok: [200, { 'text/event-stream': { type: 'string' } }],
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description',
    ok: [200, { 'application/json': {} }],
    errors: [],
  },
  {
    method: 'get',
    path: '/api/docs',
    summary: 'This description, browsable (Swagger UI)',
    ok: [200, { 'text/html': { type: 'string' } }],
    errors: [],
  },
];
