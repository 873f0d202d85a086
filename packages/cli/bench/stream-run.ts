/**
 * One measured run of the stream bench, in its own process so that its peak RSS is its own:
 * `kg extract --format ndjson` (output discarded) or `kg ingest` into a fresh embedded store in
 * $KG_DATA_DIR, with `--workers W`. Prints one JSON line: wall and CPU time (all threads), peak
 * RSS (getrusage maxrss: the whole process, worker threads included), the RSS at 25/50/75/100 %
 * of the run's time, exit code.
 *   npx tsx packages/cli/bench/stream-run.ts extract|ingest CORPUS_DIR WORKERS
 */
import { Writable } from 'node:stream';
import { runCli } from '../src/index';

const [mode, dir, workers] = process.argv.slice(2);
if ((mode !== 'extract' && mode !== 'ingest') || !dir || !workers)
  throw new Error('stream-run: usage: stream-run.ts extract|ingest CORPUS_DIR WORKERS');

let outBytes = 0;
const sink = () =>
  new Writable({
    write(chunk: Buffer, _enc, done) {
      outBytes += chunk.length;
      done();
    },
  });
const argv =
  mode === 'extract'
    ? ['extract', dir, '--format', 'ndjson', '--workers', workers]
    : ['ingest', dir, '--workers', workers, '--json'];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
// RSS over the run (one sample a second): flat after the start-up when memory is bounded
const samples: number[] = [];
const sampler = setInterval(() => samples.push(process.memoryUsage.rss()), 1000);
const code = await runCli(argv, {
  stdout: sink(),
  stderr: sink() as unknown as NodeJS.WriteStream,
  env: process.env,
  cwd: process.cwd(),
});
const cpu = process.cpuUsage(cpu0);
clearInterval(sampler);
const mbOf = (bytes: number | undefined) => Math.round((bytes ?? 0) / 1024 / 1024);
const quarters = [0.25, 0.5, 0.75, 1].map((q) =>
  mbOf(samples[Math.max(0, Math.ceil(q * samples.length) - 1)]),
);
console.log(
  JSON.stringify({
    mode,
    workers: Number(workers),
    code,
    wallMs: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssAtQuartersMb: quarters,
    outBytes,
  }),
);
process.exit(0);
