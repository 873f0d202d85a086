/** Where a command reads its environment and writes its output (injectable for tests). */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const DEFAULT_IO: CliIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
};

export type Command = (argv: string[], io: CliIO) => Promise<number>;
