import { CommanderError } from 'commander';
import { UsageError } from './args';
import type { CommandSpec } from './command-spec';
import { correctionsSpec } from './commands/corrections';
import { evalSpec } from './commands/eval';
import { exportSpec } from './commands/export';
import { extractSpec } from './commands/extract';
import { ingestSpec } from './commands/ingest';
import { neo4jSpec } from './commands/neo4j';
import { querySpec } from './commands/query';
import { repairSpec } from './commands/repair';
import { serveSpec } from './commands/serve';
import { startSpec } from './commands/start';
import { DEFAULT_IO, type CliIO } from './io';
import { buildProgram, commanderExitCode, EXIT } from './program';

export const COMMANDS: CommandSpec[] = [
  extractSpec,
  ingestSpec,
  serveSpec,
  startSpec,
  querySpec,
  exportSpec,
  neo4jSpec,
  repairSpec,
  correctionsSpec,
  evalSpec,
];

/** `kg --help`: the commands and what they do. */
export function usage(io: CliIO = DEFAULT_IO): string {
  return buildProgram(COMMANDS, io, { code: 0 }).helpInformation();
}

/**
 * Run the CLI; returns the exit code (0 ok, 1 some inputs or the command failed, 2 usage
 * mistake). Usage errors print without a stack trace, with a hint to the command's --help.
 */
export async function runCli(argv: string[], io: CliIO = DEFAULT_IO): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(COMMANDS, io, result);
  if (argv.length === 0) {
    io.stdout.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    if (error instanceof UsageError) {
      io.stderr.write(
        `${error.message}\n(run "kg ${error.command} --help" for its options and an example)\n`,
      );
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`kg ${argv[0]}: ${message}\n`);
    return EXIT.failed;
  }
}
