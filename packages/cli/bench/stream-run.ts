/**
 * One measured run of the stream bench, in its own process so that its peak RSS is its own:
 * `kg extract --format ndjson` (output discarded) or `kg ingest` into a fresh embedded store in
 * $KG_DATA_DIR, with `--workers W`. Prints one JSON line: wall and CPU time (all threads), peak
 * RSS (getrusage maxrss: the whole process, worker threads included), exit code.
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
const code = await runCli(argv, {
  stdout: sink(),
  stderr: sink() as unknown as NodeJS.WriteStream,
  env: process.env,
  cwd: process.cwd(),
});
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    mode,
    workers: Number(workers),
    code,
    wallMs: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    outBytes,
  }),
);
process.exit(0);
