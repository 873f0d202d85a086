import { z } from 'zod';
import { intParam } from './api';
import { RelationTypeSchema } from './catalogue';
import { IsoDateSchema } from './domain';

/** GET /api/evidence/search: every word of `q` must occur in the sentence (any case). */
export const EvidenceSearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'q must not be empty')
    .max(200)
    .refine((q) => q.split(/\s+/).length <= 8, 'q may have at most 8 words'),
  limit: intParam(1, 100, 20),
});
export type EvidenceSearchQuery = z.infer<typeof EvidenceSearchQuerySchema>;

/** A span of an evidence sentence's text (UTF-16 offsets into `text`). */
export const MatchSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** One evidence sentence that matches a search, with the relations it supports. */
export const EvidenceHitSchema = z.object({
  docId: z.string(),
  docTitle: z.string().optional(),
  docDate: IsoDateSchema.optional(),
  docSource: z.string().optional(),
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  date: IsoDateSchema.optional(),
  relations: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      type: RelationTypeSchema,
      target: z.string(),
    }),
  ),
  /** Where the query's words occur in `text`, in order, not overlapping. */
  matches: z.array(MatchSpanSchema),
});
export type EvidenceHit = z.infer<typeof EvidenceHitSchema>;

export const EvidenceSearchResponseSchema = z.object({
  results: z.array(EvidenceHitSchema),
  /** More sentences match than `limit`. */
  truncated: z.boolean(),
});
export type EvidenceSearchResponse = z.infer<typeof EvidenceSearchResponseSchema>;

/** The lower-cased words of a query, each once. */
export function queryWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))];
}

/** Spans of `text` where any of `words` (lower-case) occurs, merged where they overlap. */
export function wordMatches(
  text: string,
  words: readonly string[],
): Array<{ start: number; end: number }> {
  const lower = text.toLowerCase();
  const spans: Array<{ start: number; end: number }> = [];
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0 && w; at = lower.indexOf(w, at + w.length))
      spans.push({ start: at, end: at + w.length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
