/**
 * Store bench (not a test): `npx tsx packages/graph-store/bench/store-bench.ts [--scale 0.1]`.
 * `--ingest-only` stops after the ingest phases. Synthetic news graph (scale 1: 100k entities, ~1M relationships), bulk + incremental ingest
 * into the embedded Kùzu store, read latencies, and the same reads on an in-memory graphology
 * baseline. Human lines, then one `BENCH_JSON {...}` line.
 */
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { NeighborhoodQuerySchema, PathsQuerySchema, SearchQuerySchema } from '@kg/schema';
import { createEmbeddedStore } from '../src/embedded';
import { kuzuProfile, resetKuzuProfile } from '../src/embedded/kuzu-session';
import { createRandom, syntheticFixture } from '../src/contract/synthetic';
import type { Fixture } from '../src/contract/fixtures';
import { argValue, cpuSec, fmt, peakRssMb, rssMb, sample, timeEach } from './bench-util';
import type { Timing } from './bench-util';

const TARGETS = { oneHopP95: 5, twoHopP95: 25, pathP95: 50, searchP95: 2, ingestPerSec: 50_000 };
const scale = argValue('scale', 1);
const SENTENCES = 20;
const entities = Math.round(100_000 * scale);
const relations = Math.round(1_000_000 * scale);
const rand = createRandom(7);
const log = (s: string): void => console.log(`[bench] ${s}`);

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
let t = performance.now();
let fixture: Fixture | undefined = syntheticFixture({
  entities,
  documents: Math.ceil(relations / SENTENCES),
  sentencesPerDocument: SENTENCES,
  seed: 11,
  prefix: 'b',
});
log(
  `generated ${fixture.result.entities.length} entities, ${fixture.result.relations.length} relations, ${fixture.result.documents.length} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const store = await createEmbeddedStore({ dir, bufferPoolSize: 1024 * 1024 * 1024 });
t = performance.now();
let cpu = process.cpuUsage();
const report = await store.ingest(fixture.result, fixture.texts);
const bulkSec = (performance.now() - t) / 1000;
const bulkCpu = cpuSec(process.cpuUsage(cpu));
const bulkRate = Math.round(report.relations / bulkSec);
log(
  `bulk ingest (empty store, COPY): ${report.relations} relations, ${report.evidence} evidence in ${bulkSec.toFixed(1)} s (cpu ${bulkCpu.toFixed(1)} s) = ${bulkRate} relations/s (rss ${rssMb()} MB)`,
);

const extra = syntheticFixture({
  entities: Math.max(200, Math.round(entities / 50)),
  documents: 25,
  sentencesPerDocument: SENTENCES,
  seed: 12,
  prefix: 'b',
});
// an id keeps its first type (the store refuses re-typing): align with the bulk fixture
const typeOfId = new Map(fixture.result.entities.map((e) => [e.id, e.type]));
for (const e of extra.result.entities) e.type = typeOfId.get(e.id) ?? e.type;
extra.result.documents.forEach((d, i) => (d.id = `extra-${i}`));
extra.texts.forEach((d, i) => (d.id = `extra-${i}`));
for (const e of extra.result.entities)
  for (const m of e.mentions) m.docId = `extra-${m.docId.split('-').pop()}`;
for (const r of extra.result.relations)
  for (const ev of r.evidence) ev.docId = `extra-${ev.docId.split('-').pop()}`;
if (process.env.KG_KUZU_PROFILE)
  for (const p of kuzuProfile().slice(0, 12))
    log(`  bulk profile ${p.ms.toFixed(0)} ms / ${p.n}: ${p.cypher.slice(0, 140)}`);
resetKuzuProfile();
t = performance.now();
cpu = process.cpuUsage();
const inc = await store.ingest(extra.result, extra.texts);
const incSec = (performance.now() - t) / 1000;
const incCpu = cpuSec(process.cpuUsage(cpu));
const incRate = Math.round(inc.relations / incSec);
log(
  `incremental ingest (prepared statements, one transaction): ${inc.relations} relations in ${incSec.toFixed(2)} s (cpu ${incCpu.toFixed(2)} s) = ${incRate} relations/s`,
);
if (process.env.KG_KUZU_PROFILE)
  for (const p of kuzuProfile().slice(0, 12))
    log(`  profile ${p.ms.toFixed(0)} ms / ${p.n}: ${p.cypher.slice(0, 140)}`);
t = performance.now();
cpu = process.cpuUsage();
const again = await store.ingest(fixture.result, fixture.texts);
log(
  `re-ingest of everything (all unchanged: ${again.unchanged}) in ${((performance.now() - t) / 1000).toFixed(1)} s (cpu ${cpuSec(process.cpuUsage(cpu)).toFixed(1)} s)`,
);

if (process.argv.includes('--ingest-only')) {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const ids = fixture.result.entities.map((e) => e.id);
const names = fixture.result.entities.map((e) => e.name);
const someRelations = sample(fixture.result.relations, 50, rand).map((r) => r.id);
const counts = { entities: fixture.result.entities.length, evidence: report.evidence };
fixture = undefined; // keep the heap small: the reads below run against the store only
const picks = sample(ids, 300, rand);
const nb1 = NeighborhoodQuerySchema.parse({ depth: 1, limit: 200 });
const nb2 = NeighborhoodQuerySchema.parse({ depth: 2, limit: 200 });
await store.search(SearchQuerySchema.parse({ q: 'warm' }));
const kuzu: Record<string, Timing> = {};
kuzu.oneHop = await timeEach(picks, (id) => store.neighborhood(id, nb1));
log(`store 1-hop: ${fmt(kuzu.oneHop)}`);
kuzu.twoHop = await timeEach(picks.slice(0, 100), (id) => store.neighborhood(id, nb2));
log(`store 2-hop: ${fmt(kuzu.twoHop)}`);
const pairs = Array.from(
  { length: 40 },
  () => [ids[Math.floor(rand() * ids.length)], ids[Math.floor(rand() * ids.length)]] as const,
);
kuzu.path = await timeEach(pairs, ([from, to]) =>
  store.paths(PathsQuerySchema.parse({ from, to, maxHops: 4, limit: 5 })),
);
log(`store shortest paths (<=4 hops, up to 5): ${fmt(kuzu.path)}`);
const queries = sample(names, 500, rand).map((n) => n.slice(0, 3 + Math.floor(rand() * 4)));
kuzu.search = await timeEach(queries, (q) =>
  store.search(SearchQuerySchema.parse({ q, limit: 10 })),
);
log(`store search (in-memory name index): ${fmt(kuzu.search)}`);
const typos = sample(names, 50, rand).map((n) => n.split(' ')[1].replace(/[aeiou]/, 'x'));
kuzu.fuzzySearch = await timeEach(typos, (q) =>
  store.search(SearchQuerySchema.parse({ q, limit: 10 })),
);
log(`store fuzzy search (typo, bounded Levenshtein): ${fmt(kuzu.fuzzySearch)}`);
kuzu.evidence = await timeEach(someRelations, (id) => store.evidence(id));
log(`store evidence of a relationship (RelEvidence PK + Evidence PK): ${fmt(kuzu.evidence)}`);
t = performance.now();
const all = await store.exportAll();
const exportSec = (performance.now() - t) / 1000;
log(
  `exportAll: ${all.nodes.length} nodes, ${all.edges.length} edges in ${exportSec.toFixed(1)} s (rss ${rssMb()} MB)`,
);

t = performance.now();
const heapBefore = process.memoryUsage().heapUsed;
const g = new Graph({ multi: true, type: 'directed' });
for (const n of all.nodes) g.addNode(n.id, { name: n.name, type: n.type });
for (const e of all.edges)
  g.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type, confidence: e.confidence });
const graphologyLoadSec = (performance.now() - t) / 1000;
const graphologyHeapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);
log(
  `graphology baseline: loaded in ${graphologyLoadSec.toFixed(1)} s, ~${graphologyHeapMb} MB heap`,
);
const base: Record<string, Timing> = {};
base.oneHop = await timeEach(picks, (id) =>
  g
    .edges(id)
    .map((e) => g.opposite(id, e))
    .slice(0, 200),
);
base.twoHop = await timeEach(picks.slice(0, 100), (id) => {
  const seen = new Set([id]);
  for (const n of g.neighbors(id)) {
    seen.add(n);
    for (const m of g.neighbors(n)) seen.add(m);
  }
  return seen.size;
});
const undirected = (a: string, b: string): string[] | null => bidirectional(g, a, b);
base.path = await timeEach(pairs, ([a, b]) => undirected(a, b));
const sortedNames = names
  .map((n, i) => [n.toLowerCase(), ids[i]] as const)
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));
base.search = await timeEach(queries, (q) =>
  sortedNames.filter(([n]) => n.startsWith(q.toLowerCase())).slice(0, 10),
);
for (const k of Object.keys(base)) log(`graphology ${k}: ${fmt(base[k])}`);

await store.close();
const dbBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
rmSync(dir, { recursive: true, force: true });
const peak = peakRssMb();
log(`database on disk ${Math.round(dbBytes / 1e6)} MB; peak RSS ${peak} MB`);
const verdict = {
  oneHop: kuzu.oneHop.p95 <= TARGETS.oneHopP95,
  twoHop: kuzu.twoHop.p95 <= TARGETS.twoHopP95,
  path: kuzu.path.p95 <= TARGETS.pathP95,
  search: kuzu.search.p95 <= TARGETS.searchP95,
  ingest: bulkRate >= TARGETS.ingestPerSec,
};
log(`targets met: ${JSON.stringify(verdict)}`);
console.log(
  `BENCH_JSON ${JSON.stringify({
    scale,
    entities: counts.entities,
    relations: report.relations,
    evidence: counts.evidence,
    ingest: {
      bulkSeconds: bulkSec,
      bulkCpuSeconds: bulkCpu,
      incrementalSeconds: incSec,
      incrementalCpuSeconds: incCpu,
      bulkRelationsPerSec: bulkRate,
      incrementalRelationsPerSec: incRate,
    },
    kuzu,
    graphology: { ...base, loadSeconds: graphologyLoadSec, heapMb: graphologyHeapMb },
    exportSeconds: exportSec,
    dbMb: Math.round(dbBytes / 1e6),
    peakRssMb: peak,
    targets: TARGETS,
    met: verdict,
  })}`,
);
