/**
 * `pnpm bench`: runs every package benchmark in turn and prints their figures, then a summary
 * table (the store bench as a metric | embedded | neo4j table). Benchmarks are measurements, not
 * tests: nothing here fails on a slow figure.
 * Flags: --quick (smaller sizes/durations), --only extractor,stream,store,server,cli,viewer
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { comparisonTable } from '../packages/graph-store/bench/compare-table';

interface Bench {
  name: string;
  script: string;
  args: string[];
  quickArgs: string[];
}

export const BENCHES: Bench[] = [
  {
    name: 'extractor',
    script: 'packages/extractor/bench/extract-bench.ts',
    args: [],
    quickArgs: ['--quick'],
  },
  {
    // streaming ingest: 1 vs 2 workers, peak RSS; the 1 GB run: stream-bench.ts --mb 1024
    name: 'stream',
    script: 'packages/cli/bench/stream-bench.ts',
    args: ['--mb', '100', '--ingest-mb', '2'],
    quickArgs: ['--mb', '5', '--ingest-mb', '0.5'],
  },
  {
    name: 'store',
    script: 'packages/graph-store/bench/store-bench.ts',
    args: [],
    quickArgs: ['--scale', '0.05'],
  },
  {
    name: 'server',
    script: 'packages/graph-server/bench/http-bench.ts',
    args: ['30'],
    quickArgs: ['5'],
  },
  {
    name: 'cli',
    script: 'packages/cli/bench/startup-bench.ts',
    args: [],
    quickArgs: ['--runs', '3'],
  },
  {
    name: 'viewer',
    script: 'packages/viewer/bench/render-bench.ts',
    args: [],
    quickArgs: ['--quick'],
  },
];

function run(bench: Bench, quick: boolean): Promise<Record<string, unknown> | undefined> {
  return new Promise((done) => {
    const args = ['tsx', bench.script, ...(quick ? bench.quickArgs : bench.args)];
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let json: Record<string, unknown> | undefined;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('BENCH_JSON ')) json = JSON.parse(line.slice('BENCH_JSON '.length));
      }
    });
    child.on('close', (code) => {
      if (code !== 0) console.error(`bench ${bench.name}: exited with ${code}`);
      done(json);
    });
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const onlyIdx = argv.indexOf('--only');
  const only = onlyIdx >= 0 ? new Set((argv[onlyIdx + 1] ?? '').split(',')) : undefined;
  const results: Record<string, unknown> = {};
  for (const bench of BENCHES) {
    if (only && !only.has(bench.name)) continue;
    if (!existsSync(resolve(bench.script))) {
      console.log(`\n### ${bench.name}: ${bench.script} missing, skipped`);
      continue;
    }
    console.log(`\n### ${bench.name} (${bench.script})`);
    results[bench.name] = await run(bench, quick);
  }
  await mkdir('bench-results', { recursive: true });
  const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(file, JSON.stringify({ quick, results }, null, 2));
  console.log(`\n### summary (also in ${file})`);
  for (const [name, figures] of Object.entries(results)) {
    if (name === 'store' && figures && typeof figures === 'object') {
      // embedded and Neo4j side by side (every figure is in the JSON file)
      console.log('store:');
      for (const line of comparisonTable(figures as Record<string, unknown>)) console.log(line);
    } else console.log(`${name}: ${JSON.stringify(figures)}`);
  }
}

await main();
