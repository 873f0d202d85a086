import { resolve } from 'node:path';
import {
  buildLauncher,
  checkToolchain,
  DEFAULT_MEMORY,
  startNeo4jDevServer,
  type Neo4jDevServer,
} from '@kg/neo4j-dev';
import { intFlag, parseCommandArgs, UsageError } from '../args';
import type { CliIO } from '../io';

export const DEFAULT_NEO4J_DATA_DIR = '.neo4j';

const USAGE =
  'usage: kg neo4j start [--port 7687] [--host 127.0.0.1] [--data .neo4j] [--password PW] ' +
  `[--heap ${DEFAULT_MEMORY.heap}] [--pagecache ${DEFAULT_MEMORY.pagecache}] | kg neo4j build`;

/**
 * `kg neo4j start`: builds (first time: Maven) and runs a Neo4j 5.26 Community dev server in the
 * foreground, prints how to point kg at it, stops it cleanly on Ctrl-C / SIGTERM.
 * `kg neo4j build`: only builds the launcher.
 */
export async function neo4jCommand(argv: string[], io: CliIO): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'start' && action !== 'build') throw new UsageError('neo4j', USAGE);
  const { values } = parseCommandArgs('neo4j', rest, {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    password: { type: 'string' },
    heap: { type: 'string' },
    pagecache: { type: 'string' },
  });
  const check = checkToolchain(io.env);
  if (!check.ok) {
    io.stderr.write(`kg neo4j: ${check.reason}\n`);
    return 1;
  }
  const log = (line: string) => io.stderr.write(`kg neo4j: ${line}\n`);
  if (action === 'build') {
    io.stdout.write(`${await buildLauncher({ toolchain: check.toolchain, force: true, log })}\n`);
    return 0;
  }
  const password = values.password ?? io.env.KG_NEO4J_PASSWORD;
  if (password !== undefined && password.length < 8)
    throw new UsageError('neo4j', '--password needs at least 8 characters (Neo4j 5 minimum)');
  const server = await startNeo4jDevServer({
    dataDir: resolve(io.cwd, values.data ?? DEFAULT_NEO4J_DATA_DIR),
    port: intFlag('neo4j', 'port', values.port, 7687, 0, 65535),
    host: values.host,
    password,
    heap: values.heap,
    pagecache: values.pagecache,
    toolchain: check.toolchain,
    log,
  });
  io.stdout.write(howToConnect(server, password !== undefined));
  const stop = (signal: string) => {
    log(`${signal} received, stopping Neo4j...`);
    server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const code = await server.exited;
  io.stderr.write(`kg neo4j: the server exited (code ${code}); see ${server.dataDir}/logs\n`);
  return 1;
}

export function howToConnect(server: Neo4jDevServer, auth: boolean): string {
  const secs = (server.startMs / 1000).toFixed(1);
  const env = auth
    ? `export NEO4J_URI=${server.uri} NEO4J_USER=neo4j NEO4J_PASSWORD=<the password you gave>`
    : `export NEO4J_URI=${server.uri}`;
  return [
    `Neo4j ${server.version} is running at ${server.uri} (data ${server.dataDir}, auth ${auth ? 'on' : 'off'}, ready in ${secs} s).`,
    'Point kg at it from another shell:',
    `  ${env}`,
    '  npx pnpm@12.4.2 kg ingest data/articles && npx pnpm@12.4.2 kg serve',
    'Ctrl-C stops it (cleanly; the data stays for the next start).',
    '',
  ].join('\n');
}
