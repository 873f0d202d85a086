import { z } from 'zod';
import { RELATION_TYPES } from './catalogue';
import { ENTITY_TYPES, IsoDateSchema } from './domain';
import { MAX_VIEW_EXPANDED, VIEW_PANELS } from './constants';

export { MAX_VIEW_EXPANDED };

/** Comma-separated list in a query string -> validated array. */
function csvEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(values.length * 2));
}

/**
 * An integer query parameter: a number, or a string of decimal digits (`0x10`, `1e3`, `16.0`
 * and blanks are refused, where `z.coerce.number()` would have read them as numbers).
 */
export const intParam = (min: number, max: number, dflt: number) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' && /^[+-]?\d+$/.test(v) ? Number(v) : v),
      z.number({ error: 'must be a decimal integer' }).int().min(min).max(max),
    )
    .default(dflt);

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200),
  limit: intParam(1, 100, 10),
  types: csvEnum(ENTITY_TYPES).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const GraphFilterSchema = z.object({
  types: csvEnum(ENTITY_TYPES).optional(),
  relationTypes: csvEnum(RELATION_TYPES).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  minConfidence: z.coerce.number().min(0).max(1).default(0),
  includeWeak: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
export type GraphFilter = z.infer<typeof GraphFilterSchema>;

export const NeighborhoodQuerySchema = GraphFilterSchema.extend({
  depth: intParam(1, 3, 1),
  limit: intParam(1, 2000, 200),
});
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuerySchema>;

export const PathsQuerySchema = z.object({
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  maxHops: intParam(1, 6, 4),
  limit: intParam(1, 20, 5),
  relationTypes: csvEnum(RELATION_TYPES).optional(),
});
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

export const SubgraphQuerySchema = GraphFilterSchema.extend({
  limit: intParam(1, 5000, 500),
});
export type SubgraphQuery = z.infer<typeof SubgraphQuerySchema>;

export const CypherRequestSchema = z.object({
  query: z.string().trim().min(1, 'query must not be empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.number().int().min(1).max(10_000).default(1000),
});
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

export const DocumentListQuerySchema = z.object({
  limit: intParam(1, 1000, 100),
  offset: intParam(0, 10_000_000, 0),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuerySchema>;

export const INGEST_FORMATS = ['text', 'markdown', 'html'] as const;
/** One document posted to POST /api/documents (JSON or one NDJSON line). */
export const IngestDocumentSchema = z.object({
  id: z.string().trim().min(1).max(200).optional(),
  text: z.string().min(1, 'text must not be empty'),
  title: z.string().max(1000).optional(),
  date: IsoDateSchema.optional(),
  source: z.string().max(2000).optional(),
  format: z.enum(INGEST_FORMATS).default('text'),
});
export type IngestDocument = z.infer<typeof IngestDocumentSchema>;

export const IngestRequestSchema = z.object({
  documents: z.array(IngestDocumentSchema).min(1, 'documents must not be empty').max(10_000),
});
export type IngestRequest = z.infer<typeof IngestRequestSchema>;

export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'rate_limited',
  'store_unavailable',
  'timeout',
  'internal',
  'not_implemented',
] as const;
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The viewer's URL state as an object (packages/viewer url-state): what a saved view restores. */
export const ViewStateSchema = z
  .object({
    focus: z.string().min(1).max(200).optional(),
    depth: z.number().int().min(1).max(3).optional(),
    types: z.array(z.enum(ENTITY_TYPES)).max(ENTITY_TYPES.length).optional(),
    relationTypes: z.array(z.enum(RELATION_TYPES)).max(RELATION_TYPES.length).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    hideIsolated: z.boolean().optional(),
    query: z.string().max(20_000).optional(),
    camera: z
      .object({ x: z.number(), y: z.number(), ratio: z.number().positive().max(1000) })
      .optional(),
    sizeMode: z.enum(['degree', 'pagerank']).optional(),
    colorMode: z.enum(['type', 'community']).optional(),
    labelDensity: z.number().min(0).max(5).optional(),
    title: z.string().max(200).optional(),
    caption: z.string().max(1000).optional(),
    /** Actors whose neighbourhood was expanded, in order (replayed when the view opens). */
    expanded: z.array(z.string().min(1).max(200)).max(MAX_VIEW_EXPANDED).optional(),
    /** The selected actor when it is not `focus`; '' when nothing is selected. */
    selected: z.string().max(200).optional(),
    /** Open panels, when not the default (filters only). */
    panels: z.array(z.enum(VIEW_PANELS)).max(VIEW_PANELS.length).optional(),
  })
  .strict();
export type ViewStateInput = z.infer<typeof ViewStateSchema>;

export const MAX_VIEW_POSITIONS = 5000;
/** Pinned node positions (graph coordinates) by entity id. */
export const ViewPositionsSchema = z
  .record(z.string().min(1).max(200), z.tuple([z.number(), z.number()]))
  .refine((p) => Object.keys(p).length <= MAX_VIEW_POSITIONS, {
    message: `must have at most ${MAX_VIEW_POSITIONS} positions`,
  });

/** Body of POST /api/views: a named view the viewer can reopen (`?view=<id>`). */
export const SavedViewSchema = z
  .object({
    name: z.string().trim().min(1, 'name must not be empty').max(200),
    state: ViewStateSchema,
    positions: ViewPositionsSchema.optional(),
    title: z.string().max(200).optional(),
    caption: z.string().max(1000).optional(),
  })
  .strict();
export type SavedView = z.infer<typeof SavedViewSchema>;

/** Random url-safe id (base64url). */
export const ViewIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be a view id (6-64 letters, digits, - or _)');

export const SavedViewRecordSchema = SavedViewSchema.extend({
  id: ViewIdSchema,
  createdAt: z.string(),
});
export type SavedViewRecord = z.infer<typeof SavedViewRecordSchema>;

export const SavedViewSummarySchema = SavedViewRecordSchema.pick({
  id: true,
  name: true,
  title: true,
  createdAt: true,
});
export type SavedViewSummary = z.infer<typeof SavedViewSummarySchema>;

export const ViewListResponseSchema = z.object({ views: z.array(SavedViewSummarySchema) });
