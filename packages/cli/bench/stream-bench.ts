/**
 * Streaming ingest bench (issue #17 items 3–4): generates a deterministic corpus of news-like
 * articles (generate-articles.ts), then measures, each in a fresh process, words/s and peak RSS
 * (worker threads included) of `kg extract --format ndjson` (extraction only) and of `kg ingest`
 * into a fresh embedded store, at each number of workers. The load average is printed beside the
 * figures: on a shared machine the 1 vs 2 workers ratio is depressed.
 *   npx tsx packages/cli/bench/stream-bench.ts [--mb 100] [--ingest-mb 2] [--workers 1,2]
 *   (--mb 1024 for the 1 GB run; --ingest-mb 0 skips the store)
 * Corpora are cached under $KG_BENCH_CORPUS_DIR (default <tmpdir>/kg-bench-corpus).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type CorpusManifest } from './generate-articles';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RUN = fileURLToPath(new URL('./stream-run.ts', import.meta.url));
const CORPORA = process.env.KG_BENCH_CORPUS_DIR ?? join(tmpdir(), 'kg-bench-corpus');

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};

interface RunFigures {
  mode: string;
  workers: number;
  code: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  rssAtQuartersMb: number[];
}

function measure(mode: 'extract' | 'ingest', corpus: CorpusManifest, dir: string, workers: number) {
  const store = mkdtempSync(join(tmpdir(), 'kg-stream-bench-'));
  const load = loadavg()[0]!;
  try {
    const child = spawnSync('npx', ['tsx', RUN, mode, dir, String(workers)], {
      cwd: ROOT,
      env: { ...process.env, KG_DATA_DIR: join(store, 'data') },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const last = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !last.startsWith('{'))
      throw new Error(`stream-bench: ${mode} run failed: ${child.stderr.slice(-2000)}`);
    const f = JSON.parse(last) as RunFigures;
    const row = {
      mode,
      mb: corpus.mb,
      workers,
      documents: corpus.documents,
      wordsPerSec: Math.round(corpus.words / (f.wallMs / 1000)),
      wordsPerCpuSec: Math.round(corpus.words / (f.cpuMs / 1000)),
      seconds: +(f.wallMs / 1000).toFixed(1),
      peakRssMb: f.peakRssMb,
      rssAtQuartersMb: f.rssAtQuartersMb,
      exitCode: f.code,
      load1Before: +load.toFixed(2),
    };
    console.log(
      `${mode} ${corpus.mb} MB (${corpus.documents} docs, ${corpus.words} words) workers=${workers}: ` +
        `${row.wordsPerSec} words/s wall (${row.wordsPerCpuSec}/CPU-s), ${row.seconds}s, ` +
        `peak RSS ${row.peakRssMb} MB (at 25/50/75/100 %: ${row.rssAtQuartersMb.join('/')}), ` +
        `load ${row.load1Before}`,
    );
    return row;
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
}

const mb = Number(arg('mb', '100'));
const ingestMb = Number(arg('ingest-mb', '2'));
const workers = arg('workers', '1,2').split(',').map(Number);
const corpus = (size: number) => {
  const dir = join(CORPORA, `seed1-${size}mb`);
  return { dir, manifest: generateCorpus(dir, size) };
};

const rows: Array<ReturnType<typeof measure>> = [];
const big = corpus(mb);
for (const w of workers) rows.push(measure('extract', big.manifest, big.dir, w));
if (ingestMb > 0) {
  const small = corpus(ingestMb);
  for (const w of workers) rows.push(measure('ingest', small.manifest, small.dir, w));
}
const speedup = (mode: string) => {
  const [a, b] = [
    rows.find((r) => r.mode === mode && r.workers === 1),
    rows.find((r) => r.mode === mode && r.workers === 2),
  ];
  return a && b ? +(b.wordsPerSec / a.wordsPerSec).toFixed(2) : undefined;
};
const summary = {
  runs: rows,
  extractSpeedup2v1: speedup('extract'),
  ingestSpeedup2v1: speedup('ingest'),
  loadavg: loadavg().map((l) => +l.toFixed(2)),
};
console.log(
  `speedup 2 vs 1 workers: extract ${summary.extractSpeedup2v1}, ingest ${summary.ingestSpeedup2v1}`,
);
console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
