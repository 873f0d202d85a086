import { PassThrough } from 'node:stream';
import type { CliIO } from '../io';

/** A CliIO for tests: the command's stdout and stderr collected as text. */
export function captureIO(env: Record<string, string | undefined> = {}, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const io: CliIO = { stdout, stderr: stderr as unknown as NodeJS.WriteStream, env, cwd };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
