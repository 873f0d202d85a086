/**
 * Strings by UTF-16 code unit; finds every stored key that prefixes a text at a position.
 * Kept as a map by key plus the distinct key lengths (longest first): a lookup probes one
 * substring per length. A node per character cost ~3 KB per key, which the 20k derived names
 * (data/gazetteer/phoenix-*.json) could not afford.
 */
export class CharTrie<T> {
  private readonly byKey = new Map<string, T[]>();
  /** Distinct key lengths, longest first. */
  private readonly lengths: number[] = [];
  /** Reused by `prefixesAt` (no allocation per lookup; not re-entrant). */
  private readonly found: T[][] = [];

  add(key: string, item: T): void {
    const items = this.byKey.get(key);
    if (items) {
      items.push(item);
      return;
    }
    this.byKey.set(key, [item]);
    const n = key.length;
    if (this.lengths.includes(n)) return;
    let at = 0;
    while (at < this.lengths.length && this.lengths[at]! > n) at++;
    this.lengths.splice(at, 0, n);
  }

  /**
   * Item lists of the keys that prefix `text` at `start`, longest key first (items of one key
   * in insertion order). The returned array is reused by the next call.
   */
  prefixesAt(text: string, start: number): readonly T[][] {
    const found = this.found;
    found.length = 0;
    for (const n of this.lengths) {
      if (start + n > text.length) continue;
      const items = this.byKey.get(text.slice(start, start + n));
      if (items) found.push(items);
    }
    return found;
  }
}
