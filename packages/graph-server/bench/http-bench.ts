/**
 * HTTP benchmark: a child process serves a synthetic graph from the real embedded store on
 * loopback; this process drives it with autocannon (50 connections) against neighbourhood and
 * search; then the server's RSS over mixed requests with user Cypher (`cypher-bench.ts`) and
 * health/search latency while 10 clients loop a heavy allowed query.
 * Usage: tsx packages/graph-server/bench/http-bench.ts [seconds=30] [--no-cache] [--leak-requests N]
 * (`--leak-requests 100000`: the RSS curve over 100k mixed requests; default seconds × 200)
 * Last line: BENCH_JSON {...}
 */
import { fork } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createEmbeddedStore } from '@kg/graph-store';
import type { ExtractionResult } from '@kg/schema';
import { ENTITY_TYPES, INTERACTION_TYPES, relationId } from '@kg/schema';
import { pino } from 'pino';
import { loadServerConfig } from '../src/config';
import { startServer } from '../src/start-server';
import { heavyLoop, rssCurve } from './cypher-bench';

const ENTITIES = 2000;
const RELATIONS = 8000;
const DOCS = 200;
const CONNECTIONS = 50;
const HOT_KEYS = 40;
const HEAVY_CLIENTS = 10;

/** Deterministic synthetic graph with hubs (entity i links to i*k mod n more often for small i). */
function syntheticGraph() {
  // mulberry32: an LCG in doubles (as here before 2026-11-28) loses precision and cycles early
  let seed = 42;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const texts = Array.from({ length: DOCS }, (_, d) => ({
    id: `bench-doc-${d}`,
    text: `Actor one met actor two on day ${d}.`,
    date: '2022-03-01',
  }));
  const entities = Array.from({ length: ENTITIES }, (_, i) => ({
    id: `e${i}`,
    name: `Actor ${i} ${['Alpha', 'Bravo', 'Charlie', 'Delta'][i % 4]}`,
    type: ENTITY_TYPES[i % ENTITY_TYPES.length],
    aliases: [],
    mentions: [],
  }));
  const seen = new Set<string>();
  const relations: ExtractionResult['relations'] = [];
  while (relations.length < RELATIONS) {
    const s = Math.floor(rand() ** 2 * ENTITIES);
    const t = Math.floor(rand() * ENTITIES);
    const type = INTERACTION_TYPES[Math.floor(rand() * INTERACTION_TYPES.length)];
    const id = relationId(`e${s}`, type, `e${t}`);
    if (s === t || seen.has(id)) continue;
    seen.add(id);
    const doc = texts[relations.length % DOCS];
    relations.push({
      id,
      source: `e${s}`,
      target: `e${t}`,
      type,
      negated: false,
      modality: 'asserted',
      confidence: 0.5 + rand() / 2,
      date: '2022-03-01',
      evidence: [{ docId: doc.id, sentence: 0, start: 0, end: doc.text.length, text: doc.text }],
    });
  }
  const documents = texts.map((t) => ({ id: t.id, date: t.date, sentences: 1 }));
  return { result: { documents, entities, relations } as ExtractionResult, texts };
}

/**
 * The synthetic store is kept in the temp dir between runs (ingest is the slow part and
 * idempotent); it is rebuilt when the entity count does not match.
 */
async function openBenchStore() {
  const dir = path.join(tmpdir(), `kg-http-bench-${ENTITIES}-${RELATIONS}`);
  const store = await createEmbeddedStore({ dir });
  let ingestMs: number | null = null;
  if ((await store.stats()).relations < RELATIONS) {
    await store.close();
    await rm(dir, { recursive: true, force: true });
    const fresh = await createEmbeddedStore({ dir });
    const { result, texts } = syntheticGraph();
    const t0 = performance.now();
    await fresh.ingest(result, texts);
    ingestMs = Math.round(performance.now() - t0);
    return { store: fresh, ingestMs };
  }
  return { store, ingestMs };
}

async function serve(noCache: boolean): Promise<void> {
  const { store, ingestMs } = await openBenchStore();
  const config = loadServerConfig(process.env, {
    port: 0,
    logLevel: 'silent',
    rateLimit: 0,
    queryTimeoutMs: 1000,
    ...(noCache && { cacheSize: 0 }),
  });
  const logger = pino({ level: 'silent' });
  const server = await startServer({ store, config, logger }, { port: 0, host: '127.0.0.1' });
  process.send?.({ url: server.url, ingestMs });
  process.on('message', async () => {
    await server.close();
    await store.close();
    process.exit(0);
  });
}

interface Scenario {
  name: string;
  paths: string[];
}

/** One sequential pass over the scenario's URLs, so the run measures the hot path. */
async function warmUp(url: string, scenario: Scenario): Promise<number> {
  const t0 = performance.now();
  for (const p of scenario.paths) {
    const res = await fetch(url + p);
    if (!res.ok) throw new Error(`warm-up ${p}: ${res.status}`);
    await res.arrayBuffer();
  }
  return Math.round(performance.now() - t0);
}

async function run(url: string, scenario: Scenario, seconds: number) {
  const warmUpMs = await warmUp(url, scenario);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: scenario.paths.map((p) => ({ method: 'GET', path: p })),
  });
  return {
    scenario: scenario.name,
    warmUpMs,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

async function main(): Promise<void> {
  const noCache = process.argv.includes('--no-cache');
  if (process.argv.includes('--serve')) return serve(noCache);
  const leakAt = process.argv.indexOf('--leak-requests');
  const seconds = Number(
    process.argv.slice(2).find((a, i) => /^\d+$/.test(a) && i + 2 !== leakAt + 1) ?? 30,
  );
  const leakRequests = leakAt > 0 ? Number(process.argv[leakAt + 1]) : seconds * 200;
  const child = fork(
    fileURLToPath(import.meta.url),
    ['--serve', ...(noCache ? ['--no-cache'] : [])],
    {
      stdio: 'inherit',
      // KG_BENCH_CPU_PROF=dir writes a V8 CPU profile of the server process there.
      execArgv: process.env.KG_BENCH_CPU_PROF
        ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${process.env.KG_BENCH_CPU_PROF}`]
        : process.execArgv,
    },
  );
  const { url, ingestMs } = await new Promise<{ url: string; ingestMs: number | null }>(
    (resolve, reject) => {
      child.once('message', (m) => resolve(m as { url: string; ingestMs: number | null }));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    },
  );
  const scenarios: Scenario[] = [
    {
      name: 'neighborhood',
      paths: Array.from(
        { length: HOT_KEYS },
        (_, i) => `/api/entities/e${i * 7}/neighborhood?depth=1&limit=200`,
      ),
    },
    {
      name: 'search',
      paths: Array.from(
        { length: HOT_KEYS },
        (_, i) => `/api/search?q=${encodeURIComponent(`Actor ${i}`)}&limit=10`,
      ),
    },
  ];
  const results = [];
  for (const scenario of scenarios) {
    const r = await run(url, scenario, seconds);
    console.log(
      `${r.scenario}: ${r.reqPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors}, non-2xx ${r.non2xx}`,
    );
    results.push(r);
  }
  const memory = await rssCurve(url, child.pid ?? 0, leakRequests);
  console.log(
    `cypher RSS over ${memory.requests} mixed requests (after ${memory.warmUp} warm-up): ${memory.samples.map((x) => x.rssMb).join(' → ')} MB (${memory.growthPct}%: ${Math.abs(memory.growthPct) <= 20 ? 'within' : 'OUTSIDE'} the 20 % bound), failures ${memory.failures}`,
  );
  const heavy = await heavyLoop(url, HEAVY_CLIENTS, Math.min(seconds, 15));
  console.log(
    `while ${heavy.clients} clients loop a heavy query: health p50 ${heavy.health.p50Ms} ms p99 ${heavy.health.p99Ms} ms, search p50 ${heavy.search.p50Ms} ms p99 ${heavy.search.p99Ms} ms; heavy answers ${JSON.stringify(heavy.heavyStatuses)}`,
  );
  child.send('stop');
  const summary = {
    bench: 'graph-server-http',
    cache: !noCache,
    connections: CONNECTIONS,
    seconds,
    entities: ENTITIES,
    relations: RELATIONS,
    ingestMs,
    results,
    memory,
    heavy,
    target: { reqPerSec: 1500, p99Ms: 50 },
    pass: results.every(
      (r) => r.reqPerSec >= 1500 && r.p99Ms <= 50 && r.errors === 0 && r.non2xx === 0,
    ),
  };
  console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
