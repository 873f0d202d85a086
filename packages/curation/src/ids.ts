import { randomBytes } from 'node:crypto';
import type { CorrectionInput, CorrectionRecord } from '@kg/schema';
import { CORRECTIONS_LOG_VERSION } from '@kg/schema';

/** `c-` + time (base 36, sortable) + random: unique and stable, as the record schema asks. */
export function newCorrectionId(now: Date): string {
  return `c-${now.getTime().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** The log record of `input`, by `author` (default "editor"), now. */
export function makeRecord(
  input: CorrectionInput,
  meta: { author?: string; why?: string },
  now = new Date(),
): CorrectionRecord {
  return {
    v: CORRECTIONS_LOG_VERSION,
    id: newCorrectionId(now),
    at: now.toISOString(),
    author: meta.author?.trim() || 'editor',
    ...(meta.why ? { why: meta.why } : {}),
    ...input,
  } as CorrectionRecord;
}
