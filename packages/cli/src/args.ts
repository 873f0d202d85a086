/** A CLI usage mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(`kg ${command}: ${message}`);
    this.name = 'UsageError';
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
