import { UsageError } from './args';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { ingestCommand } from './commands/ingest';
import { neo4jCommand } from './commands/neo4j';
import { queryCommand } from './commands/query';
import { repairCommand } from './commands/repair';
import { serveCommand } from './commands/serve';
import { startCommand } from './commands/start';
import { DEFAULT_IO, type CliIO, type Command } from './io';

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  extract: {
    run: extractCommand,
    summary: 'extract FILE... [--format json] [--id ID] [--date D]   print the ExtractionResult',
  },
  ingest: {
    run: ingestCommand,
    summary: 'ingest PATH... [--batch N]                            extract and store (idempotent)',
  },
  serve: {
    run: serveCommand,
    summary: 'serve [--port N] [--host H]                           API + viewer',
  },
  start: {
    run: startCommand,
    summary: 'start [PATH...] [--port N]                             ingest the corpus, then serve',
  },
  query: {
    run: queryCommand,
    summary: 'query "CYPHER" [--limit N] [--json]                    read-only query, table',
  },
  export: {
    run: exportCommand,
    summary: 'export --format json|gexf|graphml|cypher|csv|html [--out F] [--focus ID]',
  },
  neo4j: {
    run: neo4jCommand,
    summary: 'neo4j start [--port N] [--data DIR] [--password PW]  run a Neo4j 5 dev server',
  },
  repair: {
    run: repairCommand,
    summary:
      'repair [--check]                                      rebuild the store from its document log',
  },
  eval: {
    run: evalCommand,
    summary: 'eval GOLD.json PRED.json [--json]                     score an extraction',
  },
};

export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  kg ${c.summary}`);
  return [
    'Usage:',
    ...lines,
    '',
    'Store: embedded at $KG_DATA_DIR (default .kg), or Neo4j when NEO4J_URI is set',
    '(NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; `kg neo4j start` runs one here).',
  ].join('\n');
}

/** Run the CLI; returns the exit code. Usage errors print without a stack trace (exit 2). */
export async function runCli(argv: string[], io: CliIO = DEFAULT_IO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`kg: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`kg ${name}: ${message}\n`);
    return 1;
  }
}
