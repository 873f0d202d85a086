/**
 * `kg` start-up: wall time of whole commands run as a user runs them, from the pre-built bundle
 * (`node packages/cli/bin/kg.mjs`, what `pnpm kg` runs) and, as the baseline in the same run,
 * from TypeScript sources (`tsx packages/cli/src/bin.ts`, what `pnpm kg` ran before). Median of
 * N runs each, on a small temporary store. Prints human lines, then `BENCH_JSON {...}`.
 * Usage: npx tsx packages/cli/bench/startup-bench.ts [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const dir = mkdtempSync(join(tmpdir(), 'kg-startup-'));
const env = { ...process.env, KG_DATA_DIR: join(dir, 'store'), KG_LOG_LEVEL: 'silent' };

const LAUNCHERS = {
  bundle: [process.execPath, join(ROOT, 'packages/cli/bin/kg.mjs')],
  tsx: [
    process.execPath,
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    join(ROOT, 'packages/cli/src/bin.ts'),
  ],
} as const;

const COMMANDS: Record<string, string[]> = {
  help: ['--help'],
  'query --help': ['query', '--help'],
  query: ['query', 'MATCH (c:Country) RETURN count(c) AS n'],
};

function timeRun(argv: readonly string[], args: string[]): number {
  const started = performance.now();
  const run = spawnSync(argv[0]!, [...argv.slice(1), ...args], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  const article = join(dir, 'article.txt');
  writeFileSync(article, 'On 3 March 2022, France imposed sanctions on Russia.\n');
  timeRun(LAUNCHERS.bundle, ['ingest', article]); // builds the bundle if stale, fills the store
  const figures: Record<string, { bundleMs: number; tsxMs: number; ratio: number }> = {};
  for (const [name, args] of Object.entries(COMMANDS)) {
    const bundle: number[] = [];
    const tsx: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bundle.push(timeRun(LAUNCHERS.bundle, args));
      tsx.push(timeRun(LAUNCHERS.tsx, args));
    }
    const bundleMs = Math.round(median(bundle));
    const tsxMs = Math.round(median(tsx));
    figures[name] = { bundleMs, tsxMs, ratio: Number((tsxMs / bundleMs).toFixed(1)) };
    console.log(
      `kg ${name}: bundle ${bundleMs} ms, tsx ${tsxMs} ms (${figures[name]!.ratio}x faster), median of ${RUNS}`,
    );
  }
  console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
