/**
 * Exact-span NER scores, CoNLL style: a predicted name counts only when its type and both
 * boundaries equal a gold name's. Per type (PER / ORG / LOC) and micro-averaged over them.
 */
import type { NameSpan } from '../bio-spans';
import { NAME_TYPES, type NameType } from '../name-tags';

export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScores {
  perType: Record<NameType, PrfCounts>;
  micro: PrfCounts;
}

function prf(tp: number, fp: number, fn: number): PrfCounts {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** `gold[k]` and `predicted[k]` are the names of sentence k; other types are ignored. */
export function scoreSpans(
  gold: readonly (readonly NameSpan<string>[])[],
  predicted: readonly (readonly NameSpan<string>[])[],
): SpanScores {
  const counts = new Map(NAME_TYPES.map((t) => [t as string, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((goldSpans, k) => {
    const key = (s: NameSpan<string>) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(goldSpans.filter((s) => counts.has(s.type)).map(key));
    for (const s of predicted[k] ?? []) {
      const c = counts.get(s.type);
      if (!c) continue;
      if (goldKeys.delete(key(s))) c.tp++;
      else c.fp++;
    }
    for (const k2 of goldKeys) counts.get(k2.split(':')[2]!)!.fn++;
  });
  const perType = {} as Record<NameType, PrfCounts>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of NAME_TYPES) {
    const c = counts.get(t)!;
    perType[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { perType, micro: prf(tp, fp, fn) };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** A plain-text table: one row per system × (PER, ORG, LOC, micro) with P / R / F1 and counts. */
export function formatScores(rows: ReadonlyArray<{ system: string; scores: SpanScores }>): string {
  const width = Math.max(6, ...rows.map((r) => r.system.length));
  const lines = [`${'system'.padEnd(width)}  type    P      R      F1     tp    fp    fn`];
  for (const { system, scores } of rows) {
    const entries: Array<[string, PrfCounts]> = [
      ...NAME_TYPES.map((t) => [t, scores.perType[t]] as [string, PrfCounts]),
      ['micro', scores.micro],
    ];
    for (const [type, c] of entries) {
      lines.push(
        `${system.padEnd(width)}  ${type.padEnd(5)} ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}`,
      );
    }
  }
  return lines.join('\n');
}
