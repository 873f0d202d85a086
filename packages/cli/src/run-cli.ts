import { CommanderError } from 'commander';
import { UsageError } from './args';
import type { CommandSpec } from './command-spec';
import { DEFAULT_IO, type CliIO } from './io';
import { buildProgram, commanderExitCode, EXIT } from './program';

/**
 * Every command, loaded on demand: `kg query …` loads the query command's modules only (the
 * store, not the extractor, the server or the browser), which keeps start-up short.
 */
export const COMMAND_LOADERS: Record<string, () => Promise<CommandSpec>> = {
  extract: async () => (await import('./commands/extract')).extractSpec,
  ingest: async () => (await import('./commands/ingest')).ingestSpec,
  serve: async () => (await import('./commands/serve')).serveSpec,
  start: async () => (await import('./commands/start')).startSpec,
  watch: async () => (await import('./commands/watch')).watchSpec,
  query: async () => (await import('./commands/query')).querySpec,
  export: async () => (await import('./commands/export')).exportSpec,
  neo4j: async () => (await import('./commands/neo4j')).neo4jSpec,
  repair: async () => (await import('./commands/repair')).repairSpec,
  corrections: async () => (await import('./commands/corrections')).correctionsSpec,
  eval: async () => (await import('./commands/eval')).evalSpec,
};

/** All commands' specs, in `kg --help` order. */
export async function loadCommands(): Promise<CommandSpec[]> {
  return Promise.all(Object.values(COMMAND_LOADERS).map((load) => load()));
}

/** The specs a run needs: only the named command's, or all of them for help and mistakes. */
async function commandsFor(argv: string[]): Promise<CommandSpec[]> {
  const load = Object.hasOwn(COMMAND_LOADERS, argv[0] ?? '')
    ? COMMAND_LOADERS[argv[0]!]
    : undefined;
  return load ? [await load()] : loadCommands();
}

/** `kg --help`: the commands and what they do. */
export async function usage(io: CliIO = DEFAULT_IO): Promise<string> {
  return buildProgram(await loadCommands(), io, { code: 0 }).helpInformation();
}

/**
 * Run the CLI; returns the exit code (0 ok, 1 some inputs or the command failed, 2 usage
 * mistake). Usage errors print without a stack trace, with a hint to the command's --help.
 */
export async function runCli(argv: string[], io: CliIO = DEFAULT_IO): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(await commandsFor(argv), io, result);
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
