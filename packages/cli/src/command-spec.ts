import type { CliIO } from './io';

/** Option values as commander gives them: strings for `<value>` options, true for flags. */
export type Opts = Record<string, string | boolean | undefined>;

/** One `kg` command, declared once: commander builds its parsing and `--help` from it. */
export interface CommandSpec {
  name: string;
  /** One line for `kg --help`. */
  summary: string;
  /** Positional arguments as commander syntax, e.g. '[PATH|URL...]'; omitted when none. */
  args?: string;
  /** [flags, description] pairs, e.g. ['--batch <n>', 'documents per batch (default 50)']. */
  options?: Array<[string, string]>;
  /** Shown under "Examples:" in the command's --help. */
  examples: string[];
  /** Extra text after the examples (notes, exit codes). */
  notes?: string;
  /** Subcommands (`kg neo4j start`); a command with children has no run of its own. */
  children?: CommandSpec[];
  run?: (args: string[], opts: Opts, io: CliIO) => Promise<number>;
}

/** A string option's value (commander gives strings for `<value>` options). */
export const str = (v: string | boolean | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;
