/** Runs the shared phases on an open, empty store: generate, ingest, sample, read. */
import type { GraphStore } from '../src/graph-store';
import {
  benchFixtures,
  sampleWorkload,
  streamArticles,
  type BenchFixtures,
  type Workload,
} from './bench-fixture';
import { streamPhase, type StreamFigures, type StreamOptions } from './stream-phase';
import { ingestPhases, readPhases, type PhaseHooks } from './store-phases';
import type { IngestFigures, ReadFigures } from './store-figures';

export interface RunOptions {
  scale: number;
  /** Stop after the ingest phases. */
  ingestOnly: boolean;
  /** Neo4j only: documents per write transaction (the adapter's `batchDocuments`; default 50). */
  batchDocuments?: number;
  /** The stream phase: articles (0: skip it), of which `direct` go one transaction each. */
  stream?: { articles: number; direct: number } & StreamOptions;
  log: (line: string) => void;
}

export interface PhaseResults {
  entities: number;
  relations: number;
  evidence: number;
  ingest: IngestFigures;
  stream?: StreamFigures;
  /** Absent with --ingest-only. */
  reads?: ReadFigures;
  workload: Workload;
}

function generate(options: RunOptions): BenchFixtures {
  const t = performance.now();
  const fx = benchFixtures(options.scale);
  const r = fx.bulk.result;
  options.log(
    `generated ${r.entities.length} entities, ${r.relations.length} relations, ${r.documents.length} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  return fx;
}

/**
 * Generates the fixtures, ingests them into the empty `store`, drops them (to keep the heap
 * small) and times the reads. `hooks` adds server CPU sampling and per-phase profiles.
 */
export async function runPhases(
  store: GraphStore,
  options: RunOptions,
  hooks: Omit<PhaseHooks, 'log'> = {},
): Promise<PhaseResults> {
  let fx: BenchFixtures | undefined = generate(options);
  const ingested = await ingestPhases(store, fx, { ...hooks, log: options.log });
  const entities = fx.bulk.result.entities.length;
  const workload = sampleWorkload(fx.bulk);
  const s = options.stream;
  const articles = s?.articles ? streamArticles(options.scale, fx.bulk, s.articles) : [];
  fx = undefined;
  const results: PhaseResults = { entities, ...ingested, workload };
  if (s && articles.length) {
    results.stream = await streamPhase(store, articles, s.direct, s, options.log);
    await hooks.afterPhase?.('stream', results.stream.grouped.seconds);
  }
  if (options.ingestOnly) return results;
  const t = performance.now();
  const reads = await readPhases(store, workload, options.log);
  await hooks.afterPhase?.('reads', (performance.now() - t) / 1000);
  return { ...results, reads };
}
