import { parseArgs } from 'node:util';

/** A CLI usage mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(command: string, message: string) {
    super(`kg ${command}: ${message}`);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string | boolean;
}
export type OptionValues<O> = {
  [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean | undefined : string | undefined;
};

/** Parse a command's argv with node's parseArgs, turning its errors into UsageErrors. */
export function parseCommandArgs<O extends Record<string, OptionSpec>>(
  command: string,
  argv: string[],
  options: O,
): { values: OptionValues<O>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: parsed.values as unknown as OptionValues<O>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(command, (error as Error).message);
  }
}

/** Parse an integer flag within bounds. */
export function intFlag(
  command: string,
  name: string,
  raw: string | undefined,
  dflt: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return dflt;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      command,
      `--${name} must be an integer from ${min} to ${max} (got "${raw}")`,
    );
  }
  return value;
}
