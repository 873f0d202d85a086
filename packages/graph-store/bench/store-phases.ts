/**
 * The bench phases, shared by every store: bulk ingest into the empty store, incremental ingest,
 * re-ingest of everything (all unchanged), timed reads and the whole-graph export.
 */
import { NeighborhoodQuerySchema, PathsQuerySchema, SearchQuerySchema } from '@kg/schema';
import type { Subgraph } from '@kg/schema';
import type { GraphStore } from '../src/graph-store';
import type { BenchFixtures, Workload } from './bench-fixture';
import { cpuSec, fmt, rssMb, timeEach } from './bench-util';
import type { IngestFigures, ReadFigures } from './store-figures';

export type Phase = 'bulk' | 'incremental' | 'reingest' | 'stream' | 'reads';

export interface PhaseHooks {
  log: (line: string) => void;
  /** CPU seconds used so far by the store's server process (Neo4j's JVM); none for embedded. */
  serverCpuSec?: () => number;
  /** Called after each ingest phase (profiles print and reset here). */
  afterPhase?: (phase: Phase, seconds: number) => void | Promise<void>;
}

interface Measured<T> {
  value: T;
  seconds: number;
  cpu: number;
  serverCpu?: number;
}

async function measure<T>(hooks: PhaseHooks, fn: () => Promise<T>): Promise<Measured<T>> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const server = hooks.serverCpuSec?.();
  const value = await fn();
  const seconds = (performance.now() - t) / 1000;
  const serverCpu = server === undefined ? undefined : (hooks.serverCpuSec?.() ?? 0) - server;
  return { value, seconds, cpu: cpuSec(process.cpuUsage(cpu)), serverCpu };
}

const cpuNote = (m: Measured<unknown>): string =>
  `cpu ${m.cpu.toFixed(1)} s` +
  (m.serverCpu === undefined ? '' : `, server cpu ${m.serverCpu.toFixed(1)} s`);

/** Logs bulk-ingest progress about every 10% (documents/s since the previous line). */
function progressLogger(log: (line: string) => void) {
  const start = performance.now();
  let last = { at: start, done: 0, step: 0 };
  return (done: number, total: number): void => {
    const step = Math.floor((10 * done) / total);
    if (step === last.step && done < total) return;
    const now = performance.now();
    const rate = Math.round(((done - last.done) * 1000) / Math.max(1, now - last.at));
    log(`  ${done}/${total} documents at ${((now - start) / 1000).toFixed(0)} s (${rate} docs/s)`);
    last = { at: now, done, step };
  };
}

export async function ingestPhases(store: GraphStore, fx: BenchFixtures, hooks: PhaseHooks) {
  const { log } = hooks;
  const onProgress = progressLogger(log);
  const bulk = await measure(hooks, () =>
    store.ingest(fx.bulk.result, fx.bulk.texts, { onProgress }),
  );
  const report = bulk.value;
  const bulkRate = Math.round(report.relations / bulk.seconds);
  log(
    `bulk ingest (empty store): ${report.relations} relations, ${report.evidence} evidence in ${bulk.seconds.toFixed(1)} s (${cpuNote(bulk)}) = ${bulkRate} relations/s (rss ${rssMb()} MB)`,
  );
  await hooks.afterPhase?.('bulk', bulk.seconds);
  const inc = await measure(hooks, () => store.ingest(fx.extra.result, fx.extra.texts));
  const incRate = Math.round(inc.value.relations / inc.seconds);
  log(
    `incremental ingest (${fx.extra.result.documents.length} documents): ${inc.value.relations} relations in ${inc.seconds.toFixed(2)} s (${cpuNote(inc)}) = ${incRate} relations/s`,
  );
  await hooks.afterPhase?.('incremental', inc.seconds);
  const again = await measure(hooks, () => store.ingest(fx.bulk.result, fx.bulk.texts));
  log(
    `re-ingest of everything (all unchanged: ${again.value.unchanged}) in ${again.seconds.toFixed(1)} s (${cpuNote(again)})`,
  );
  await hooks.afterPhase?.('reingest', again.seconds);
  const ingest: IngestFigures = {
    bulkSeconds: bulk.seconds,
    bulkCpuSeconds: bulk.cpu,
    incrementalSeconds: inc.seconds,
    incrementalCpuSeconds: inc.cpu,
    bulkRelationsPerSec: bulkRate,
    incrementalRelationsPerSec: incRate,
    incrementalRelations: inc.value.relations,
    reingestSeconds: again.seconds,
    reingestUnchanged: again.value.unchanged,
    bulkServerCpuSeconds: bulk.serverCpu,
    incrementalServerCpuSeconds: inc.serverCpu,
    reingestServerCpuSeconds: again.serverCpu,
  };
  return { ingest, relations: report.relations, evidence: report.evidence };
}

export async function readPhases(
  store: GraphStore,
  w: Workload,
  log: (line: string) => void,
): Promise<ReadFigures> {
  const nb1 = NeighborhoodQuerySchema.parse({ depth: 1, limit: 200 });
  const nb2 = NeighborhoodQuerySchema.parse({ depth: 2, limit: 200 });
  const search = (q: string) => store.search(SearchQuerySchema.parse({ q, limit: 10 }));
  await store.search(SearchQuerySchema.parse({ q: 'warm' }));
  const oneHop = await timeEach(w.picks, (id) => store.neighborhood(id, nb1));
  log(`1-hop: ${fmt(oneHop)}`);
  const twoHop = await timeEach(w.picks.slice(0, 100), (id) => store.neighborhood(id, nb2));
  log(`2-hop: ${fmt(twoHop)}`);
  const path = await timeEach(w.pairs, ([from, to]) =>
    store.paths(PathsQuerySchema.parse({ from, to, maxHops: 4, limit: 5 })),
  );
  log(`shortest paths (<=4 hops, up to 5): ${fmt(path)}`);
  const prefix = await timeEach(w.queries, search);
  log(`search (name prefixes): ${fmt(prefix)}`);
  const fuzzySearch = await timeEach(w.typos, search);
  log(`fuzzy search (a typo: no exact match): ${fmt(fuzzySearch)}`);
  const evidence = await timeEach(w.relationIds, (id) => store.evidence(id));
  log(`evidence of a relationship: ${fmt(evidence)}`);
  return { oneHop, twoHop, path, search: prefix, fuzzySearch, evidence };
}

export async function exportPhase(
  store: GraphStore,
  log: (line: string) => void,
): Promise<{ graph: Subgraph; seconds: number }> {
  const t = performance.now();
  const graph = await store.exportAll();
  const seconds = (performance.now() - t) / 1000;
  log(
    `exportAll: ${graph.nodes.length} nodes, ${graph.edges.length} edges in ${seconds.toFixed(1)} s (rss ${rssMb()} MB)`,
  );
  return { graph, seconds };
}
