import type { KuzuSession } from './kuzu-session';
import { evidenceOf } from './evidence-index';
import { isoDate, num } from './values';

/* Edge aggregates (count, first/last date, max confidence, all-negated) from evidence. */

export interface EvidenceFacts {
  date?: string;
  confidence: number;
  negated: boolean;
}

export interface Aggregate {
  n: number;
  first?: string;
  last?: string;
  conf: number;
  allNegated: boolean;
}

/** Aggregates of relations recomputed from all their stored evidence (after removals). */
export function aggregatesFromStore(session: KuzuSession, ids: string[]): Map<string, Aggregate> {
  const out = new Map<string, Aggregate>();
  for (const id of ids) {
    const rows = evidenceOf(session, id);
    if (!rows.length) continue;
    const dates = rows
      .map((e) => isoDate(e.date))
      .filter((d): d is string => Boolean(d))
      .sort();
    out.set(id, {
      n: rows.length,
      first: dates[0],
      last: dates.at(-1),
      conf: Math.max(...rows.map((e) => num(e.confidence))),
      allNegated: rows.every((e) => e.negated === true),
    });
  }
  return out;
}

/** An existing edge's aggregates combined with evidence just added (no evidence removed). */
export function combine(
  prev: Record<string, unknown> | undefined,
  added: EvidenceFacts[],
): Aggregate {
  const dates = added.map((e) => e.date).filter((d): d is string => Boolean(d));
  const first = [isoDate(prev?.first), ...dates].filter((d): d is string => Boolean(d)).sort()[0];
  const last = [isoDate(prev?.last), ...dates]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  return {
    n: num(prev?.n) + added.length,
    first,
    last,
    conf: Math.max(prev ? num(prev.conf) : 0, ...added.map((e) => e.confidence)),
    allNegated: (prev ? prev.neg === true : true) && added.every((e) => e.negated),
  };
}
