/**
 * Store bench (not a test): `npx tsx packages/graph-store/bench/store-bench.ts
 * [--store embedded|neo4j|both] [--scale 0.1] [--ingest-only]` (default both, scale 1);
 * `--neo4j-batch-documents N` tries another Neo4j write batch (the adapter's default is 50).
 * Synthetic news graph (scale 1: 100k entities, ~1M relationships): bulk ingest into an empty
 * store, incremental ingest, re-ingest, read latencies, on the embedded store (plus a
 * graphology baseline) and on a Neo4j 5.26 dev server (needs Java 17+ and Maven, else that
 * column is skipped with one line). Each store runs in its own child process (store-run.ts), so
 * peak RSS is per store. Prints the children's lines, a side-by-side table, then one
 * `BENCH_JSON {...}` line: embedded figures at the top level as before, Neo4j's under `neo4j`.
 * KG_EMBEDDED_ENGINE=ladybug|kuzu picks the embedded engine (default ladybug); KG_KUZU_PROFILE=1 /
 * KG_NEO4J_PROFILE=1: where the ingest time goes.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { checkToolchain } from '@kg/neo4j-dev';
import { engineName } from '../src/embedded/engine';
import { argString, argValue } from './bench-util';
import { comparisonTable } from './compare-table';
import { combineOutcomes, STORES, type StoreName, type StoreOutcome } from './store-figures';

const CHILD = fileURLToPath(new URL('./store-run.ts', import.meta.url));
const log = (s: string): void => console.log(`[bench] ${s}`);
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** Runs store-run.ts with the same tsx loader; its lines pass through, its JSON is returned. */
async function runChild(store: StoreName, args: string[]): Promise<StoreOutcome> {
  const execArgv = [...process.execArgv];
  if (!`${process.env.NODE_OPTIONS ?? ''} ${execArgv.join(' ')}`.includes('max-old-space-size'))
    execArgv.push('--max-old-space-size=8192');
  const child = spawn(process.execPath, [...execArgv, CHILD, '--store', store, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.on('close', done));
  let figures: StoreOutcome | undefined;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (line.startsWith('BENCH_STORE_JSON ')) figures = JSON.parse(line.slice(17)) as StoreOutcome;
    else console.log(line);
  });
  const [code] = await Promise.all([exited, new Promise((done) => lines.on('close', done))]);
  return figures ?? { store, failed: `its process exited with code ${code}` };
}

const which = argString('store', 'both');
const stores = STORES.filter((s) => which === 'both' || s === which);
if (stores.length === 0) {
  console.error(`store-bench: --store must be embedded, neo4j or both (got ${which})`);
  process.exit(2);
}
const scale = argValue('scale', 1);
const batch = argValue('neo4j-batch-documents', 0);
const args = ['--scale', String(scale), ...process.argv.filter((a) => a === '--ingest-only')];
for (const name of [
  'stream-articles',
  'stream-direct',
  'stream-callers',
  'group-relations',
  'group-ms',
]) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) args.push(`--${name}`, process.argv[i + 1]);
}
if (batch) args.push('--neo4j-batch-documents', String(batch));
const started = new Date();
const loadStart = load();
log(
  `${started.toISOString()}: scale ${scale}, stores ${stores.join(', ')}, embedded engine ${engineName()} (KG_EMBEDDED_ENGINE), load ${loadStart}`,
);
const outcomes: Partial<Record<StoreName, StoreOutcome>> = {};
for (const store of stores) {
  const toolchain = store === 'neo4j' ? checkToolchain() : undefined;
  if (toolchain && !toolchain.ok) {
    log(`neo4j column skipped: ${toolchain.reason}`);
    outcomes.neo4j = { store, skipped: toolchain.reason };
    continue;
  }
  log(`--- ${store} (own process), load ${load()}`);
  outcomes[store] = await runChild(store, args);
}
const json = {
  ...combineOutcomes(scale, outcomes),
  engine: engineName(),
  startedAt: started.toISOString(),
  finishedAt: new Date().toISOString(),
  loadAverage: { start: loadStart, end: load() },
};
log(`side by side, scale ${scale}, ${json.startedAt} → ${json.finishedAt}, load ${load()}:`);
for (const line of comparisonTable(json)) console.log(line);
console.log(`BENCH_JSON ${JSON.stringify(json)}`);
process.exitCode = Object.values(outcomes).some((o) => o && 'failed' in o) ? 1 : 0;
