interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  items: T[] | undefined;
}

const node = <T>(): TrieNode<T> => ({ next: undefined, items: undefined });

/** Strings by UTF-16 code unit; finds every stored key that prefixes a text at a position. */
export class CharTrie<T> {
  private readonly root: TrieNode<T> = node();
  /** Reused by `prefixesAt` (no allocation per lookup; not re-entrant). */
  private readonly found: T[][] = [];

  add(key: string, item: T): void {
    let n = this.root;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      n.next ??= new Map();
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = node()));
      n = child;
    }
    (n.items ??= []).push(item);
  }

  /**
   * Item lists of the keys that prefix `text` at `start`, longest key first (items of one key
   * in insertion order). The returned array is reused by the next call.
   */
  prefixesAt(text: string, start: number): readonly T[][] {
    const found = this.found;
    found.length = 0;
    let n: TrieNode<T> | undefined = this.root;
    for (let p = start; n; p++) {
      if (n.items) found.push(n.items);
      if (p >= text.length || !n.next) break;
      n = n.next.get(text.charCodeAt(p));
    }
    found.reverse();
    return found;
  }
}
