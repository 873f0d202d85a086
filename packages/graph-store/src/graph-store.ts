import type {
  CypherResult,
  Document,
  DocumentText,
  EntityDetail,
  EvidenceRow,
  EvidenceSearchQuery,
  EvidenceSearchResponse,
  ExtractionResult,
  GraphFilter,
  NeighborhoodQuery,
  PathsQuery,
  SearchQuery,
  SearchResult,
  Stats,
  Subgraph,
  SubgraphQuery,
} from '@kg/schema';

export const DIALECTS = ['kuzu', 'neo4j'] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface IngestReport {
  documents: number;
  /** Documents already stored with identical content (nothing changed). */
  unchanged: number;
  /** Documents whose earlier evidence was replaced by this ingest. */
  replaced: number;
  entities: number;
  relations: number;
  evidence: number;
  /** Syndicated copies: documents stored as another report's outlet, their evidence not counted. */
  copies?: number;
}

export interface IngestOptions {
  /** Called after each batch with the number of documents done so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface PathResult {
  /** Each path as alternating node ids; edges[i] joins nodes[i] and nodes[i+1]. */
  paths: Array<{ nodes: string[]; edges: string[] }>;
  subgraph: Subgraph;
}

export interface UserQueryOptions {
  limit: number;
  /** Wall-clock budget from the call, waiting for a turn included. */
  timeoutMs: number;
  /** Cap on the JSON size of the rows (ResultTooLargeError past it); default 10 MB. */
  maxBytes?: number;
}

/** Default byte cap of a user query's rows. */
export const DEFAULT_MAX_RESULT_BYTES = 10 * 1024 * 1024;

export interface DocumentRecord extends Document {
  text: string;
  /** The report this document is a syndicated copy of (its evidence is counted there). */
  copyOf?: string;
}

/**
 * The one contract every store implements. Built on app operations, never on shared Cypher:
 * each adapter writes its own dialect. Ids are the app's string ids; dates ISO; numbers plain.
 * Unknown ids yield `null` (not an exception); invalid input throws StoreInputError.
 */
export interface GraphStore {
  readonly dialect: Dialect;
  /** Idempotent, transactional ingest of an extraction with the texts of its documents. */
  ingest(
    result: ExtractionResult,
    texts: DocumentText[],
    options?: IngestOptions,
  ): Promise<IngestReport>;
  deleteDocument(docId: string): Promise<boolean>;
  listDocuments(options: {
    limit: number;
    offset: number;
  }): Promise<{ total: number; documents: Document[] }>;
  getDocument(docId: string): Promise<DocumentRecord | null>;
  stats(): Promise<Stats>;
  search(query: SearchQuery): Promise<SearchResult[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  neighborhood(id: string, query: NeighborhoodQuery): Promise<Subgraph | null>;
  /** Shortest paths; null when either endpoint is unknown. */
  paths(query: PathsQuery): Promise<PathResult | null>;
  subgraph(query: SubgraphQuery & GraphFilter): Promise<Subgraph>;
  evidence(relationId: string): Promise<EvidenceRow[] | null>;
  /** Evidence sentences containing every word of `q` (any case), newest first. */
  searchEvidence(query: EvidenceSearchQuery): Promise<EvidenceSearchResponse>;
  /** Read-only user Cypher: refuses writes/file access, enforces timeout and row cap. */
  runUserQuery(
    query: string,
    params: Record<string, unknown>,
    options: UserQueryOptions,
  ): Promise<CypherResult>;
  /** Whole graph (for exports). */
  exportAll(): Promise<Subgraph>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
