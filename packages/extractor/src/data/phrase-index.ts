import type { MentionKind } from '@kg/schema';
import type { EntityRef } from '../types';
import { CharTrie } from './char-trie';

export interface PhraseEntry {
  surface: string;
  lower: string;
  /** All-capitals/abbreviation surfaces ('US', 'U.S.', 'EU') match only exactly. */
  exact: boolean;
  /** 'the West': the text must have 'the' before it (the mention excludes 'the'). */
  requireThe: boolean;
  /** Needs context: refused next to other capitalised words ('Jim Jordan', 'Atlanta, Georgia'). */
  ambiguous: boolean;
  ref: EntityRef;
  kind: MentionKind;
  /** A capital city standing for its country (a Location after 'in', 'at'...). */
  capital: boolean;
  /** Plural demonyms ('Belarusians') name people, not a modifier. */
  plural?: boolean;
}

interface Bucket {
  /** Entries longest first. */
  list: Indexed[];
  /** The entries by the rest of their lower-cased surface (no scan of the list). */
  trie: CharTrie<Indexed>;
  /** An entry's lower-case form has another length: matched by scanning. */
  odd: boolean;
  /** An entry may start in lower case. */
  lowerStart: boolean;
  /** The key itself is an ASCII word (so a token's lower-case form can be the key). */
  asciiKey: boolean;
}

/** Precomputed for matching: offsets of word-initial capitals, whether the surface ends in a word character. */
interface Indexed extends PhraseEntry {
  capitals: number[];
  endsWord: boolean;
}

/** Buckets up to this size are scanned rather than walked in the trie (cheaper for a few entries). */
const SCAN_MAX = 6;

const WORD = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function firstWordKey(s: string): string | undefined {
  return WORD.exec(s)?.[0].toLowerCase();
}

/** Gazetteer surfaces indexed by their first word, longest first; matching is case-aware. */
export class PhraseIndex {
  /** Everything `match` needs about one first word, found with a single map lookup. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly seen = new Set<string>();
  /** First words with an entry that may start in lower case (small: cheap to probe per token). */
  private readonly lowerStart = new Set<string>();

  add(entry: Omit<PhraseEntry, 'lower' | 'exact' | 'requireThe'> & { requireThe?: boolean }): void {
    let surface = entry.surface.trim().replace(/\s+/g, ' ');
    let requireThe = entry.requireThe ?? false;
    if (/^the /i.test(surface)) {
      surface = surface.slice(4);
      requireThe = requireThe || entry.ref.type === 'Group';
    }
    const key = firstWordKey(surface);
    if (!key || this.seen.has(surface.toLowerCase())) return;
    this.seen.add(surface.toLowerCase());
    const letters = surface.replace(/[^\p{L}]/gu, '');
    const exact = letters.length > 0 && letters === letters.toUpperCase() && letters.length <= 6;
    const lower = surface.toLowerCase();
    // Listed field by field: a spread of the entry cost ~5 µs per phrase (20k derived names).
    const full: Indexed = {
      ref: entry.ref,
      kind: entry.kind,
      capital: entry.capital,
      plural: entry.plural,
      ambiguous: entry.ambiguous,
      surface,
      lower,
      exact,
      requireThe,
      capitals: capitalOffsets(surface),
      endsWord: WORD_CHAR.test(surface.charAt(surface.length - 1)),
    };
    let b = this.buckets.get(key);
    if (!b) {
      const asciiKey = isAsciiWord(key);
      b = { list: [], trie: new CharTrie<Indexed>(), odd: false, lowerStart: false, asciiKey };
      this.buckets.set(key, b);
    }
    if (lower.length !== surface.length || !lower.startsWith(key)) b.odd = true;
    const first = surface.charAt(0);
    if (first === first.toLowerCase()) {
      b.lowerStart = true;
      this.lowerStart.add(key);
    }
    // Longest first, equal lengths in insertion order (a stable sort after each push, without the sort).
    let at = b.list.length;
    while (at > 0 && b.list[at - 1]!.surface.length < surface.length) at--;
    b.list.splice(at, 0, full);
    b.trie.add(lower.slice(key.length), full);
  }

  /** Longest entry matching `text` at `start`, or undefined; `word` is the lower-cased token there, if known. */
  match(text: string, start: number, word?: string, lowerText?: string): PhraseEntry | undefined {
    let b = word !== undefined ? this.buckets.get(word) : undefined;
    if (b === undefined || !b.asciiKey) {
      if (word !== undefined && isAsciiWord(word)) return undefined;
      const key = firstWordKey(text.slice(start, start + 40));
      if (!key) return undefined;
      b = this.buckets.get(key);
      if (!b) return undefined;
      return matchIn(b, key, text, start, lowerText);
    }
    return matchIn(b, word!, text, start, lowerText);
  }

  /** Whether any entry under this first word may start in lower case. */
  lowerStartPossible(word: string): boolean {
    return this.lowerStart.has(word);
  }

  get size(): number {
    return this.seen.size;
  }
}

function matchIn(
  b: Bucket,
  key: string,
  text: string,
  start: number,
  lowerText: string | undefined,
): PhraseEntry | undefined {
  const c0 = text.charCodeAt(start);
  if (c0 >= 97 && c0 <= 122 && !b.lowerStart) return undefined;
  if (lowerText !== undefined && !b.odd && lowerText.startsWith(key, start)) {
    // Candidates: the entries whose lower-case surface starts the text here, longest first
    // (lower-case surfaces are unique, so a short list scanned longest first gives the same order).
    if (b.list.length <= SCAN_MAX) {
      for (const e of b.list)
        if (lowerText.startsWith(e.lower, start) && accepts(e, text, start)) return e;
      return undefined;
    }
    for (const items of b.trie.prefixesAt(lowerText, start + key.length))
      for (const e of items) if (accepts(e, text, start)) return e;
    return undefined;
  }
  for (const e of b.list) {
    const end = start + e.surface.length;
    if (end > text.length) continue;
    if (!e.exact && text.slice(start, end).toLowerCase() !== e.lower) continue;
    if (accepts(e, text, start)) return e;
  }
  return undefined;
}

/** Same as WORD_CHAR.test(text.charAt(at)), with an ASCII fast path. */
function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text.charAt(at));
}

/** Same as /^[a-z0-9]+$/.test(s), without a regular expression. */
function isAsciiWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Case, word boundary and 'the' checks of an entry whose lower-case surface starts the text at `start`. */
function accepts(e: Indexed, text: string, start: number): boolean {
  if (e.exact && !text.startsWith(e.surface, start)) return false;
  if (!e.exact) {
    for (const k of e.capitals)
      if (text.charCodeAt(start + k) !== e.surface.charCodeAt(k)) return false;
  }
  const end = start + e.surface.length;
  if (e.endsWord && end < text.length && isWordChar(text, end)) return false;
  if (e.requireThe && !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
  return true;
}

/** Offsets of the surface's word-initial upper-case letters (the text must have them too). */
function capitalOffsets(surface: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charAt(k);
    const initial = k === 0 || !WORD_CHAR.test(surface.charAt(k - 1));
    if (initial && c !== c.toLowerCase()) out.push(k);
  }
  return out;
}
