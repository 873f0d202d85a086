import { Command, CommanderError } from 'commander';
import type { CommandSpec } from './command-spec';
import type { CliIO } from './io';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const FOOTER = [
  '',
  'Store: embedded at $KG_DATA_DIR (default .kg), or Neo4j when NEO4J_URI is set',
  '(NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; `kg neo4j start` runs one here).',
  'Exit codes: 0 ok, 1 some inputs or the command failed, 2 usage mistake.',
  "Run `kg COMMAND --help` for a command's options and an example.",
].join('\n');

/**
 * The commander program for one run: output goes to io, errors throw (exitOverride) instead of
 * exiting, and each command's action stores its exit code in `result.code`.
 */
export function buildProgram(specs: CommandSpec[], io: CliIO, result: { code: number }): Command {
  const program = new Command('kg')
    .description('Build and explore a knowledge graph of English news.')
    .addHelpText('after', FOOTER);
  for (const spec of specs) program.addCommand(buildCommand(spec, io, result, 'kg'));
  return configure(program, io, 'kg');
}

function buildCommand(spec: CommandSpec, io: CliIO, result: { code: number }, parent: string) {
  const path = `${parent} ${spec.name}`;
  const cmd = new Command(spec.name).summary(spec.summary).description(spec.summary);
  if (spec.args) cmd.arguments(spec.args);
  for (const [flags, description] of spec.options ?? []) cmd.option(flags, description);
  const help = ['', 'Examples:', ...spec.examples.map((e) => `  $ ${e}`)];
  if (spec.notes) help.push('', spec.notes);
  cmd.addHelpText('after', help.join('\n'));
  for (const child of spec.children ?? []) cmd.addCommand(buildCommand(child, io, result, path));
  const run = spec.run;
  if (run) {
    cmd.action(async (...params: unknown[]) => {
      const self = params.at(-1) as Command;
      result.code = await run(self.args, self.opts(), io);
    });
  }
  return configure(cmd, io, path);
}

function configure(cmd: Command, io: CliIO, path: string): Command {
  return cmd
    .exitOverride()
    .showHelpAfterError(`(run "${path} --help" for its options and an example)`)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
}

/** Exit code of a commander error: shown help/version are successes, the rest usage mistakes. */
export function commanderExitCode(error: CommanderError): number {
  return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
}
