/**
 * One store's bench run, in its own process so that its peak RSS is its own:
 * `npx tsx packages/graph-store/bench/store-run.ts --store embedded|neo4j [--scale 0.1]
 * [--ingest-only] [--neo4j-batch-documents 50]`. Human lines, then one `BENCH_STORE_JSON {...}` line (store-bench.ts runs
 * one of these per store and combines them).
 */
import { argInt, argString, argValue } from './bench-util';
import { runEmbedded } from './run-embedded';
import { runNeo4j } from './run-neo4j';
import { STORES, type StoreName } from './store-figures';

const store = argString('store', '') as StoreName;
if (!STORES.includes(store)) {
  console.error(`store-run: --store ${STORES.join('|')} is required`);
  process.exit(2);
}
const options = {
  scale: argValue('scale', 1),
  ingestOnly: process.argv.includes('--ingest-only'),
  batchDocuments: argValue('neo4j-batch-documents', 0) || undefined,
  stream: {
    articles: argInt('stream-articles', 1000),
    direct: argInt('stream-direct', 50),
    callers: argInt('stream-callers', 16),
    maxRelations: argInt('group-relations', 5000),
    maxDelayMs: argInt('group-ms', 0),
  },
  log: (line: string): void => console.log(`[${store}] ${line}`),
};
const figures = await (store === 'neo4j' ? runNeo4j(options) : runEmbedded(options));
console.log(`BENCH_STORE_JSON ${JSON.stringify(figures)}`);
process.exit(0);
