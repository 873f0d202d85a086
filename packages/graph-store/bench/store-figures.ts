/**
 * What one store's run measures (`BENCH_STORE_JSON`), and the combined `BENCH_JSON` of the
 * side-by-side bench: the embedded figures keep their historical top-level names (`ingest`,
 * `kuzu`, `dbMb`, `peakRssMb`, ...) and Neo4j's come as one `neo4j` object.
 */
import type { Timing } from './bench-util';
import type { StreamFigures } from './stream-phase';

export const STORES = ['embedded', 'neo4j'] as const;
export type StoreName = (typeof STORES)[number];

export interface IngestFigures {
  bulkSeconds: number;
  bulkCpuSeconds: number;
  incrementalSeconds: number;
  incrementalCpuSeconds: number;
  bulkRelationsPerSec: number;
  incrementalRelationsPerSec: number;
  incrementalRelations: number;
  reingestSeconds: number;
  reingestUnchanged: number;
  /** CPU of the server process (Neo4j's JVM) during each phase; absent for embedded. */
  bulkServerCpuSeconds?: number;
  incrementalServerCpuSeconds?: number;
  reingestServerCpuSeconds?: number;
}

export interface ReadFigures {
  oneHop: Timing;
  twoHop: Timing;
  path: Timing;
  search: Timing;
  fuzzySearch: Timing;
  evidence: Timing;
}

export interface ServerFigures {
  version: string;
  startMs: number;
  heap: string;
  pagecache: string;
  /** Documents per write transaction of the ingest. */
  batchDocuments: number;
  /** VmHWM of the JVM, sampled at the end of the run (before stopping it). */
  jvmPeakRssMb?: number;
  /** Transaction logs (kept by Neo4j's retention policy), not counted in `dbMb`. */
  txLogMb: number;
}

export interface StoreFigures {
  store: StoreName;
  scale: number;
  entities: number;
  relations: number;
  evidence: number;
  ingest: IngestFigures;
  /** The news-stream phase (absent with --stream-articles 0). */
  stream?: StreamFigures;
  /** Absent with --ingest-only. */
  reads?: ReadFigures;
  exportSeconds?: number;
  /** Store files on disk after closing (Neo4j: data/databases, without transaction logs). */
  dbMb: number;
  /** Peak RSS of the Node process that ran the bench (for embedded: the store too). */
  peakRssMb: number;
  /** RSS of a fresh process serving the store after a first read (embedded: idle-rss.ts). */
  idleRssMb?: number;
  graphology?: Record<string, unknown>;
  server?: ServerFigures;
}

/** A column that did not run: no toolchain, or the run failed. */
export interface MissingRun {
  store: StoreName;
  skipped?: string;
  failed?: string;
}

export type StoreOutcome = StoreFigures | MissingRun;

export const isFigures = (o: StoreOutcome | undefined): o is StoreFigures => !!o && 'ingest' in o;

export const TARGETS = {
  oneHopP95: 5,
  twoHopP95: 25,
  pathP95: 50,
  searchP95: 2,
  ingestPerSec: 50_000,
};

/** The one `BENCH_JSON` object: embedded figures at the top level (as before), `neo4j` beside. */
export function combineOutcomes(
  scale: number,
  outcomes: Partial<Record<StoreName, StoreOutcome>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { scale };
  const emb = outcomes.embedded;
  if (isFigures(emb)) {
    const met = emb.reads && {
      oneHop: emb.reads.oneHop.p95 <= TARGETS.oneHopP95,
      twoHop: emb.reads.twoHop.p95 <= TARGETS.twoHopP95,
      path: emb.reads.path.p95 <= TARGETS.pathP95,
      search: emb.reads.search.p95 <= TARGETS.searchP95,
      ingest: emb.ingest.bulkRelationsPerSec >= TARGETS.ingestPerSec,
    };
    const { store: _store, scale: _scale, reads, ...rest } = emb;
    Object.assign(out, rest, { kuzu: reads, targets: TARGETS, met });
  } else if (emb) out.embedded = emb;
  if (outcomes.neo4j) out.neo4j = outcomes.neo4j;
  return out;
}
