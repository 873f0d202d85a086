import type { EntityType, SearchResult } from '@kg/schema';

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
  words: string[];
}

/** Letters NFKD does not decompose. */
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };

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

/** Levenshtein distance, or max+1 as soon as it must exceed `max`. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

const TIER_SCORES = [1, 0.9, 0.75, 0.6, 0.5, 0.4] as const;
export const MAX_TYPO_DISTANCE = 2;
const MIN_FUZZY_LENGTH = 4;

/**
 * In-memory entity name index: name/alias prefix first, then word prefix, then contains, then
 * edit distance <= 2; ties broken by degree. Kept in sync by the store after each write.
 */
export class SearchIndex {
  private readonly entries = new Map<string, Entry>();
  private sortedKeys: Array<[string, Entry]> | null = null;
  private sortedWords: Array<[string, Entry]> | null = null;

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
    const keys = [...new Set([e.name, ...e.aliases].map(normalizeName).filter(Boolean))];
    const words = [...new Set(keys.flatMap((k) => k.split(' ')))];
    this.entries.set(e.id, { ...e, keys, words });
    this.sortedKeys = null;
    this.sortedWords = null;
  }

  remove(id: string): void {
    if (this.entries.delete(id)) {
      this.sortedKeys = null;
      this.sortedWords = null;
    }
  }

  search(query: string, limit: number, types?: readonly EntityType[]): SearchResult[] {
    const nq = normalizeName(query);
    if (!nq) return [];
    const allowed = types?.length ? new Set(types) : null;
    const tiers = new Map<Entry, number>();
    const consider = (e: Entry, tier: number): void => {
      if (allowed && !allowed.has(e.type)) return;
      const prev = tiers.get(e);
      if (prev === undefined || tier < prev) tiers.set(e, tier);
    };
    for (const [key, e] of this.prefixRange(this.keysSorted(), nq)) consider(e, key === nq ? 0 : 1);
    if (tiers.size < limit) for (const [, e] of this.prefixRange(this.wordsSorted(), nq)) consider(e, 2);
    // full scans (contains, then typos) only when the indexed tiers found nothing
    if (!tiers.size) this.scan(nq, consider, false);
    if (!tiers.size && nq.length >= MIN_FUZZY_LENGTH) this.scan(nq, consider, true);
    return [...tiers.entries()]
      .sort(([a, ta], [b, tb]) => ta - tb || b.degree - a.degree || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map(([e, tier]) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        degree: e.degree,
        score: TIER_SCORES[tier] ?? 0.3,
      }));
  }

  private *prefixRange(keys: Array<[string, Entry]>, prefix: string): Generator<[string, Entry]> {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid][0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < keys.length && keys[i][0].startsWith(prefix); i++) yield keys[i];
  }

  /** Word prefix / contains (tiers 2, 3) or typo distance (tiers 4, 5). */
  private scan(nq: string, consider: (e: Entry, tier: number) => void, fuzzy: boolean): void {
    const qWords = nq.split(' ');
    for (const e of this.entries.values()) {
      if (!fuzzy) {
        if (e.words.some((w) => w.startsWith(nq)) || e.keys.some((k) => k.includes(` ${nq}`))) consider(e, 2);
        else if (e.keys.some((k) => k.includes(nq))) consider(e, 3);
        continue;
      }
      let best = MAX_TYPO_DISTANCE + 1;
      for (const k of e.keys) best = Math.min(best, boundedLevenshtein(nq, k, MAX_TYPO_DISTANCE));
      if (qWords.length === 1) {
        for (const w of e.words) if (best > 0) best = Math.min(best, boundedLevenshtein(nq, w, MAX_TYPO_DISTANCE));
      }
      if (best <= MAX_TYPO_DISTANCE) consider(e, 3 + best);
    }
  }

  private keysSorted(): Array<[string, Entry]> {
    this.sortedKeys ??= sortedPairs(this.entries.values(), (e) => e.keys);
    return this.sortedKeys;
  }

  /** Words after the first of each key (the first is covered by the key prefix). */
  private wordsSorted(): Array<[string, Entry]> {
    this.sortedWords ??= sortedPairs(this.entries.values(), (e) => [...new Set(e.keys.flatMap((k) => k.split(' ').slice(1)))]);
    return this.sortedWords;
  }
}

function sortedPairs(entries: Iterable<Entry>, keysOf: (e: Entry) => string[]): Array<[string, Entry]> {
  const all: Array<[string, Entry]> = [];
  for (const e of entries) for (const k of keysOf(e)) all.push([k, e]);
  return all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
