import type { EntityType, SearchResult } from '@kg/schema';
import { BUCKET_PREFIX, buildPrefixBuckets, compareNames } from './prefix-buckets';

export interface IndexedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  degree: number;
  iso3?: string;
}

interface Entry extends IndexedEntity {
  keys: string[];
}

/** Letters NFKD does not decompose. */
const FOLD: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/** Case- and diacritic-insensitive form: "Łukašėnka" -> "lukasenka". */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœıþð]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let ROW_A = new Int32Array(64);
let ROW_B = new Int32Array(64);

/** Levenshtein distance, or max+1 as soon as it must exceed `max`. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (ROW_A.length <= b.length)
    [ROW_A, ROW_B] = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  let prev = ROW_A;
  let cur = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1),
      );
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Scores of the tiers: exact, prefix, later-word prefix, substring, typo 1, typo 2. */
export const TIER_SCORES = [1, 0.9, 0.75, 0.6, 0.5, 0.4] as const;
export const MAX_TYPO_DISTANCE = 2;
/** Prefix ranges wider than this are answered from the ranked prefix buckets. */
const WIDE_RANGE = 128;
/** Typo matching needs a query of at least this many characters. */
export const MIN_FUZZY_LENGTH = 4;

/** The normalised keys (name and aliases) an entity is searched by. */
export function searchKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeName).filter(Boolean))];
}

/**
 * In-memory entity name index: name/alias prefix first, then word prefix, then contains, then
 * edit distance <= 2; ties broken by degree. Kept in sync by the store after each write.
 */
export class SearchIndex {
  private readonly entries = new Map<string, Entry>();
  private sortedKeys: Array<[string, Entry]> | null = null;
  private sortedWords: Array<[string, Entry]> | null = null;
  private sortedFirstWords: Array<[string, Entry]> | null = null;
  private buckets: Map<string, Entry[]> | null = null;

  get size(): number {
    return this.entries.size;
  }

  typeOf(id: string): EntityType | undefined {
    return this.entries.get(id)?.type;
  }

  get(id: string): IndexedEntity | undefined {
    return this.entries.get(id);
  }

  all(): IterableIterator<IndexedEntity> {
    return this.entries.values();
  }

  upsert(e: IndexedEntity): void {
    this.entries.set(e.id, { ...e, keys: searchKeys(e.name, e.aliases) });
    this.sortedKeys = null;
    this.sortedWords = null;
    this.sortedFirstWords = null;
    this.buckets = null;
  }

  remove(id: string): void {
    if (this.entries.delete(id)) {
      this.sortedKeys = null;
      this.sortedWords = null;
      this.sortedFirstWords = null;
      this.buckets = null;
    }
  }

  search(query: string, limit: number, types?: readonly EntityType[]): SearchResult[] {
    const nq = normalizeName(query);
    if (!nq) return [];
    const allowed = types?.length ? new Set(types) : null;
    const ranked = this.widePrefix(nq, limit, allowed) ?? this.rankAll(nq, limit, allowed);
    return ranked.map(([e, tier]) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      degree: e.degree,
      score: TIER_SCORES[tier] ?? 0.3,
    }));
  }

  /**
   * A prefix matching many keys: exact keys (tier 0) by binary search, then the first `limit`
   * entries of the ranked bucket having a key with that prefix (tier 1, already in rank order).
   * Null when the range is narrow or too few were found (the word tier could add results).
   */
  private widePrefix(nq: string, limit: number, allowed: Set<EntityType> | null): Ranked[] | null {
    const keys = this.keysSorted();
    const lo = lowerBound(keys, nq);
    if (lowerBound(keys, `${nq}\uffff`) - lo <= WIDE_RANGE) return null;
    this.buckets ??= buildPrefixBuckets(this.entries.values());
    const tiers = new Map<Entry, number>();
    for (let i = lo; i < keys.length && keys[i][0] === nq; i++) {
      const e = keys[i][1];
      if (!allowed || allowed.has(e.type)) tiers.set(e, 0);
    }
    let found = 0;
    for (const e of this.buckets.get(nq.slice(0, BUCKET_PREFIX)) ?? []) {
      if (found >= limit) break;
      if ((allowed && !allowed.has(e.type)) || tiers.has(e)) continue;
      if (nq.length > BUCKET_PREFIX && !e.keys.some((k) => k.startsWith(nq))) continue;
      tiers.set(e, 1);
      found++;
    }
    return found >= limit ? topK(tiers, limit) : null;
  }

  private rankAll(nq: string, limit: number, allowed: Set<EntityType> | null): Ranked[] {
    const tiers = new Map<Entry, number>();
    const consider = (e: Entry, tier: number): void => {
      if (allowed && !allowed.has(e.type)) return;
      const prev = tiers.get(e);
      if (prev === undefined || tier < prev) tiers.set(e, tier);
    };
    for (const [key, e] of this.prefixRange(this.keysSorted(), nq)) consider(e, key === nq ? 0 : 1);
    if (tiers.size < limit)
      for (const [, e] of this.prefixRange(this.wordsSorted(), nq)) consider(e, 2);
    // full scans (contains, then typos) only when the indexed tiers found nothing
    if (!tiers.size) this.scan(nq, consider, false);
    if (!tiers.size && nq.length >= MIN_FUZZY_LENGTH) this.scan(nq, consider, true);
    return topK(tiers, limit);
  }

  private *prefixRange(keys: Array<[string, Entry]>, prefix: string): Generator<[string, Entry]> {
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i][0].startsWith(prefix); i++)
      yield keys[i];
  }

  /** Contains (tier 3) by a full scan, or typo distance (tiers 4, 5) against keys and words sharing the first letter. */
  private scan(nq: string, consider: (e: Entry, tier: number) => void, fuzzy: boolean): void {
    if (!fuzzy) {
      for (const e of this.entries.values()) if (e.keys.some((k) => k.includes(nq))) consider(e, 3);
      return;
    }
    const best = new Map<Entry, number>();
    const check = (list: Array<[string, Entry]>): void => {
      for (const [k, e] of this.prefixRange(list, nq[0])) {
        const d = boundedLevenshtein(nq, k, MAX_TYPO_DISTANCE);
        if (d <= MAX_TYPO_DISTANCE && d < (best.get(e) ?? Infinity)) best.set(e, d);
      }
    };
    check(this.keysSorted());
    if (!nq.includes(' ')) {
      check(this.wordsSorted());
      check(this.firstWordsSorted());
    }
    for (const [e, d] of best) consider(e, 3 + Math.max(1, d));
  }

  /** First words of multi-word keys (typos in a first name or the first word of a name). */
  private firstWordsSorted(): Array<[string, Entry]> {
    this.sortedFirstWords ??= sortedPairs(this.entries.values(), (e) => [
      ...new Set(e.keys.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0])),
    ]);
    return this.sortedFirstWords;
  }

  private keysSorted(): Array<[string, Entry]> {
    this.sortedKeys ??= sortedPairs(this.entries.values(), (e) => e.keys);
    return this.sortedKeys;
  }

  /** Words after the first of each key (the first is covered by the key prefix). */
  private wordsSorted(): Array<[string, Entry]> {
    this.sortedWords ??= sortedPairs(this.entries.values(), (e) => [
      ...new Set(e.keys.flatMap((k) => k.split(' ').slice(1))),
    ]);
    return this.sortedWords;
  }
}

type Ranked = [Entry, number];
const rank = ([a, ta]: Ranked, [b, tb]: Ranked): number =>
  ta - tb || b.degree - a.degree || compareNames(a.name, b.name);

/** First index whose key is >= `key` in a sorted key list. */
function lowerBound(keys: Array<[string, Entry]>, key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid][0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `k` best candidates (tier, degree desc, name) without sorting them all. */
function topK(tiers: Map<Entry, number>, k: number): Ranked[] {
  const top: Ranked[] = [];
  for (const c of tiers) {
    if (top.length === k && rank(c, top[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank(top[mid], c) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, c);
    if (top.length > k) top.pop();
  }
  return top;
}

function sortedPairs(
  entries: Iterable<Entry>,
  keysOf: (e: Entry) => string[],
): Array<[string, Entry]> {
  const all: Array<[string, Entry]> = [];
  for (const e of entries) for (const k of keysOf(e)) all.push([k, e]);
  return all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
