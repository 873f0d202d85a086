import { resolve } from 'node:path';
import {
  buildLauncher,
  checkToolchain,
  DEFAULT_MEMORY,
  startNeo4jDevServer,
  type Neo4jDevServer,
} from '@kg/neo4j-dev';
import { intFlag, UsageError } from '../args';
import { str, type CommandSpec, type Opts } from '../command-spec';
import type { CliIO } from '../io';

export const DEFAULT_NEO4J_DATA_DIR = '.neo4j';

/** `kg neo4j start|build`: a Neo4j 5.26 Community dev server (Java 17+ and Maven needed). */
export const neo4jSpec: CommandSpec = {
  name: 'neo4j',
  summary: 'build and run a Neo4j 5 dev server (needs Java 17+ and Maven)',
  examples: ['kg neo4j start --password secret123', 'kg neo4j build'],
  children: [
    {
      name: 'start',
      summary: 'run a Neo4j dev server in the foreground (built on first use); Ctrl-C stops it',
      options: [
        ['--port <n>', 'Bolt port (default 7687)'],
        ['--host <host>', 'address to listen on (default 127.0.0.1)'],
        ['--data <dir>', `data folder (default ${DEFAULT_NEO4J_DATA_DIR})`],
        [
          '--password <pw>',
          'turn auth on with this password (8+ characters; or KG_NEO4J_PASSWORD)',
        ],
        ['--heap <size>', `JVM heap (default ${DEFAULT_MEMORY.heap})`],
        ['--pagecache <size>', `page cache (default ${DEFAULT_MEMORY.pagecache})`],
      ],
      examples: ['kg neo4j start', 'kg neo4j start --port 7688 --data /tmp/neo4j --heap 1g'],
      run: (_args, opts, io) => neo4jCommand('start', opts, io),
    },
    {
      name: 'build',
      summary: 'only build the launcher (Maven)',
      examples: ['kg neo4j build'],
      run: (_args, opts, io) => neo4jCommand('build', opts, io),
    },
  ],
};

/**
 * `kg neo4j start`: builds (first time: Maven) and runs a Neo4j 5.26 Community dev server in the
 * foreground, prints how to point kg at it, stops it cleanly on Ctrl-C / SIGTERM.
 * `kg neo4j build`: only builds the launcher.
 */
async function neo4jCommand(action: 'start' | 'build', opts: Opts, io: CliIO): Promise<number> {
  const values = {
    port: str(opts.port),
    host: str(opts.host),
    data: str(opts.data),
    password: str(opts.password),
    heap: str(opts.heap),
    pagecache: str(opts.pagecache),
  };
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
