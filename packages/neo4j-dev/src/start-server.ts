import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildLauncher } from './build-launcher';
import { Neo4jDevError } from './errors';
import { DEFAULT_MEMORY, heapFlags, isMemorySize, NEO4J_JVM_FLAGS } from './jvm-options';
import { checkToolchain, type Toolchain } from './toolchain';

export interface StartOptions {
  /** Neo4j's home: databases, transaction logs and logs/debug.log go under it. */
  dataDir: string;
  /** Bolt port; 0 picks a free one (read back from the server). Default 7687. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Turns auth on with this password for user `neo4j` (at least 8 characters). Default: off. */
  password?: string;
  heap?: string;
  pagecache?: string;
  /** Extra neo4j.conf settings, e.g. `{ 'db.transaction.timeout': '60s' }`. */
  conf?: Record<string, string>;
  toolchain?: Toolchain;
  startTimeoutMs?: number;
  /** Progress lines (build, start); default none. */
  log?: (line: string) => void;
}

export interface Neo4jDevServer {
  /** `bolt://host:port` */
  uri: string;
  port: number;
  pid: number;
  /** e.g. `5.26.30 community` */
  version: string;
  dataDir: string;
  /** From spawning the JVM to Bolt accepting connections. */
  startMs: number;
  /** SIGTERM, then wait for the clean shutdown (SIGKILL after 30 s). */
  stop(): Promise<void>;
  /** Kills the JVM at once (fault tests); the store recovers at the next start. */
  kill(): Promise<void>;
  /** Resolves with the exit code when the JVM exits for any reason. */
  exited: Promise<number | null>;
}

const READY = /^kg-neo4j-dev: ready (bolt:\/\/\S+?):(\d+) \(Neo4j ([^,]+),/;

/**
 * Builds the launcher if needed and starts Neo4j 5.26 Community with Bolt. The server stops
 * cleanly when `stop()` is called, and also when this process exits (its stdin closes).
 */
export async function startNeo4jDevServer(options: StartOptions): Promise<Neo4jDevServer> {
  const toolchain = options.toolchain ?? requireToolchain();
  const jar = await buildLauncher({ toolchain, log: options.log });
  const heap = options.heap ?? DEFAULT_MEMORY.heap;
  const pagecache = options.pagecache ?? DEFAULT_MEMORY.pagecache;
  if (!isMemorySize(pagecache))
    throw new Neo4jDevError(`page cache size ${JSON.stringify(pagecache)}: use e.g. 512m or 4g`);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    ...heapFlags(heap),
    ...NEO4J_JVM_FLAGS,
    '-jar',
    jar,
    '--data',
    dataDir,
    '--host',
    options.host ?? '127.0.0.1',
    '--port',
    String(options.port ?? 7687),
    '--pagecache',
    pagecache,
    '--stop-on-stdin-eof',
    'true',
    ...Object.entries(options.conf ?? {}).flatMap(([k, v]) => ['--conf', `${k}=${v}`]),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, KG_NEO4J_PASSWORD: options.password ?? '' };
  const started = performance.now();
  const child = spawn(toolchain.java, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const ready = await waitReady(child, exited, options.startTimeoutMs ?? 180_000, dataDir);
  const startMs = Math.round(performance.now() - started);
  options.log?.(`Neo4j ${ready.version} ready on ${ready.uri} in ${startMs} ms`);
  return {
    ...ready,
    pid: child.pid ?? -1,
    dataDir,
    startMs,
    exited,
    stop: () => stopChild(child, exited, 'SIGTERM'),
    kill: () => stopChild(child, exited, 'SIGKILL'),
  };
}

function requireToolchain(): Toolchain {
  const check = checkToolchain();
  if (!check.ok) throw new Neo4jDevError(check.reason);
  return check.toolchain;
}

type Ready = { uri: string; port: number; version: string };

function waitReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
  dataDir: string,
): Promise<Ready> {
  const stderr: string[] = [];
  if (process.env.KG_NEO4J_DEV_ECHO === '1') {
    child.stdout?.on('data', (b: Buffer) =>
      process.stderr.write(`[neo4j-dev out] ${b.toString()}`),
    );
    child.stderr?.on('data', (b: Buffer) =>
      process.stderr.write(`[neo4j-dev err] ${b.toString()}`),
    );
  }
  child.stderr?.on('data', (b: Buffer) => {
    stderr.push(b.toString());
    if (stderr.length > 200) stderr.shift();
  });
  const lines = createInterface({ input: child.stdout! });
  return new Promise<Ready>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Neo4jDevError(`Neo4j did not start within ${timeoutMs} ms; see ${dataDir}/logs`));
    }, timeoutMs);
    lines.on('line', (line) => {
      const m = READY.exec(line);
      if (!m) return;
      clearTimeout(timer);
      done({ uri: `${m[1]}:${m[2]}`, port: Number(m[2]), version: m[3] });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const said = stderr.join('').trim().split('\n').slice(-8).join('\n');
      fail(
        new Neo4jDevError(
          `the Neo4j dev server exited (code ${code}) before it was ready` +
            (said ? `:\n${said}` : `; see ${dataDir}/logs/debug.log`),
        ),
      );
    });
  });
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
  signal: NodeJS.Signals,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}
