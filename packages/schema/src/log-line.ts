import type { z } from 'zod';

/**
 * One line of an append-only JSONL log (the document log, the corrections log) checked against
 * its schema: the value, or a warning naming the line (`where`, e.g. `file:12`) and what is
 * wrong with it. Blank lines give neither. A bad line is reported and skipped by the readers,
 * never fatal: the rest of the log stays readable.
 */
export function parseLogLine<T>(
  text: string,
  schema: z.ZodType<T>,
  where: string,
  noun: string,
): { value: T } | { warning: string } | undefined {
  if (text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { warning: `${where}: not JSON (${(err as Error).message}): skipped` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0];
  const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return { warning: `${where}: not ${noun}${at}: ${issue?.message}: skipped` };
}
