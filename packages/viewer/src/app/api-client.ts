import { z } from 'zod';
import {
  CypherResultSchema,
  EntityDetailSchema,
  EvidenceRowSchema,
  GraphEdgeSchema,
  SavedViewRecordSchema,
  SearchResultSchema,
  StatsSchema,
  SubgraphSchema,
  ViewListResponseSchema,
  type CypherResult,
  type EntityDetail,
  type EvidenceRow,
  type GraphEdge,
  type SavedView,
  type SavedViewRecord,
  type SavedViewSummary,
  type SearchResult,
  type Stats,
  type Subgraph,
} from '@kg/schema';

/** A failed API call: HTTP error, `{ error }` body, or a response that broke the schema. */
export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(`@kg/viewer/api: ${message}`);
    this.name = 'ApiClientError';
  }
}

/** Lenient on `code` so a newer server's codes still surface their message. */
const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });
export const EvidenceResponseSchema = z.object({
  relation: GraphEdgeSchema.optional(),
  evidence: z.array(EvidenceRowSchema),
});
export const PathsResponseSchema = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  subgraph: SubgraphSchema,
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

export interface GraphQuery {
  limit?: number;
  depth?: number;
  types?: string[];
  relationTypes?: string[];
  from?: string;
  to?: string;
  minConfidence?: number;
}

/** What the app needs from a backend: HTTP API or inlined data in a standalone file. */
export interface ApiClient {
  readonly offline: boolean;
  stats(): Promise<Stats>;
  search(q: string, limit?: number): Promise<SearchResult[]>;
  entity(id: string): Promise<EntityDetail>;
  neighborhood(id: string, query?: GraphQuery): Promise<Subgraph>;
  subgraph(query?: GraphQuery): Promise<Subgraph>;
  paths(from: string, to: string, maxHops?: number): Promise<PathsResponse>;
  evidence(relationId: string): Promise<{ relation?: GraphEdge; evidence: EvidenceRow[] }>;
  cypher(query: string): Promise<CypherResult>;
  listViews(): Promise<SavedViewSummary[]>;
  getView(id: string): Promise<SavedViewRecord>;
  /** POST /api/views; `token` only when the server asks for one (401). */
  saveView(view: SavedView, token?: string): Promise<SavedViewRecord>;
  exportUrl(format: 'gexf' | 'json' | 'graphml'): string | undefined;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function toQueryString(query: GraphQuery): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (k === 'minConfidence' && v === 0) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

async function parseBody(res: Response, path: string): Promise<unknown> {
  const raw = await res.text();
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    throw new ApiClientError(
      `${path}: response is not JSON (HTTP ${res.status})`,
      'bad_response',
      res.status,
    );
  }
}

/** HTTP client; every response is validated against the @kg/schema zod schemas. */
export function createApiClient(
  baseUrl = 'api/',
  fetchImpl: Fetch = (i, o) => fetch(i, o),
): ApiClient {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  async function call<T>(path: string, schema: z.ZodType<T>, init?: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await fetchImpl(base + path, init);
    } catch (err) {
      throw new ApiClientError(`${path}: network error (${(err as Error).message})`, 'network');
    }
    const body = await parseBody(res, path);
    if (!res.ok) {
      const e = ErrorBodySchema.safeParse(body);
      if (e.success) throw new ApiClientError(e.data.error.message, e.data.error.code, res.status);
      throw new ApiClientError(`${path}: HTTP ${res.status}`, 'http', res.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || '(root)';
      throw new ApiClientError(
        `${path}: unexpected response at ${where}: ${issue?.message}`,
        'bad_response',
        res.status,
      );
    }
    return parsed.data;
  }
  const enc = encodeURIComponent;
  return {
    offline: false,
    stats: () => call('stats', StatsSchema),
    search: async (q, limit = 10) =>
      (await call(`search?q=${enc(q)}&limit=${limit}`, SearchResponseSchema)).results,
    entity: (id) => call(`entities/${enc(id)}`, EntityDetailSchema),
    neighborhood: (id, query = {}) =>
      call(`entities/${enc(id)}/neighborhood${toQueryString(query)}`, SubgraphSchema),
    subgraph: (query = {}) => call(`subgraph${toQueryString(query)}`, SubgraphSchema),
    paths: (from, to, maxHops = 4) =>
      call(`paths?from=${enc(from)}&to=${enc(to)}&maxHops=${maxHops}`, PathsResponseSchema),
    evidence: (relationId) => call(`relations/${enc(relationId)}/evidence`, EvidenceResponseSchema),
    cypher: (query) =>
      call('cypher', CypherResultSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    listViews: async () => (await call('views', ViewListResponseSchema)).views,
    getView: (id) => call(`views/${enc(id)}`, SavedViewRecordSchema),
    saveView: (view, token) =>
      call('views', SavedViewRecordSchema, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(view),
      }),
    exportUrl: (format) => `${base}export?format=${format}`,
  };
}
