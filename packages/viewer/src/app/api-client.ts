import type {
  CypherResult,
  EntityDetail,
  EvidenceRow,
  GraphEdge,
  SavedView,
  SavedViewRecord,
  SavedViewSummary,
  SearchResult,
  Stats,
  Subgraph,
} from '@kg/schema';
import { safeParse, type Guard } from './schema/guard';
import {
  CypherResultGuard,
  EntityDetailGuard,
  ErrorBodyGuard,
  EvidenceResponseGuard,
  PathsResponseGuard,
  SavedViewRecordGuard,
  SearchResponseGuard,
  StatsGuard,
  SubgraphGuard,
  ViewListGuard,
  type PathsResponse,
} from './schema/responses';

export type { PathsResponse };

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

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

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

/** `call(path, guard, init?)`: fetch `base + path`, turn HTTP errors into ApiClientError, validate. */
export function createCaller(base: string, fetchImpl: Fetch) {
  return async function call<T>(path: string, guard: Guard<T>, init?: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await fetchImpl(base + path, init);
    } catch (err) {
      throw new ApiClientError(`${path}: network error (${(err as Error).message})`, 'network');
    }
    const body = await parseBody(res, path);
    if (!res.ok) {
      const e = safeParse(ErrorBodyGuard, body);
      if (e.success) throw new ApiClientError(e.data.error.message, e.data.error.code, res.status);
      throw new ApiClientError(`${path}: HTTP ${res.status}`, 'http', res.status);
    }
    const parsed = safeParse(guard, body);
    if (!parsed.success) {
      const { path: where, message } = parsed.error;
      throw new ApiClientError(
        `${path}: unexpected response at ${where || '(root)'}: ${message}`,
        'bad_response',
        res.status,
      );
    }
    return parsed.data;
  };
}

/** HTTP client; every response is validated (schema/responses.ts mirrors @kg/schema). */
export function createApiClient(
  baseUrl = 'api/',
  fetchImpl: Fetch = (i, o) => fetch(i, o),
): ApiClient {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const call = createCaller(base, fetchImpl);
  const enc = encodeURIComponent;
  return {
    offline: false,
    stats: () => call('stats', StatsGuard),
    search: async (q, limit = 10) =>
      (await call(`search?q=${enc(q)}&limit=${limit}`, SearchResponseGuard)).results,
    entity: (id) => call(`entities/${enc(id)}`, EntityDetailGuard),
    neighborhood: (id, query = {}) =>
      call(`entities/${enc(id)}/neighborhood${toQueryString(query)}`, SubgraphGuard),
    subgraph: (query = {}) => call(`subgraph${toQueryString(query)}`, SubgraphGuard),
    paths: (from, to, maxHops = 4) =>
      call(`paths?from=${enc(from)}&to=${enc(to)}&maxHops=${maxHops}`, PathsResponseGuard),
    evidence: (relationId) => call(`relations/${enc(relationId)}/evidence`, EvidenceResponseGuard),
    cypher: (query) =>
      call('cypher', CypherResultGuard, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    listViews: async () => (await call('views', ViewListGuard)).views,
    getView: (id) => call(`views/${enc(id)}`, SavedViewRecordGuard),
    saveView: (view, token) =>
      call('views', SavedViewRecordGuard, {
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
