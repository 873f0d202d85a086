/** Prefix lengths with a precomputed bucket (queries this short match thousands of names). */
export const BUCKET_PREFIX = 3;

const collator = new Intl.Collator();
/** Same order as `String.prototype.localeCompare` without arguments, without its per-call cost. */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

interface Ranked {
  name: string;
  degree: number;
  keys: string[];
}

/**
 * For every prefix of 1..BUCKET_PREFIX characters of any key, the entries having a key with that
 * prefix, in ranking order (degree desc, then name): a wide prefix query walks its bucket and
 * stops after `limit` hits instead of collecting and ranking thousands of matches.
 */
export function buildPrefixBuckets<E extends Ranked>(entries: Iterable<E>): Map<string, E[]> {
  const ranked = [...entries].sort((a, b) => b.degree - a.degree || compareNames(a.name, b.name));
  const buckets = new Map<string, E[]>();
  const seen = new Set<string>();
  for (const e of ranked) {
    seen.clear();
    for (const k of e.keys) {
      for (let n = 1; n <= Math.min(BUCKET_PREFIX, k.length); n++) {
        const p = k.slice(0, n);
        if (seen.has(p)) continue;
        seen.add(p);
        const list = buckets.get(p);
        if (list) list.push(e);
        else buckets.set(p, [e]);
      }
    }
  }
  return buckets;
}
