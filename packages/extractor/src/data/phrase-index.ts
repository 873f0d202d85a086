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

/** Precomputed for matching: offsets of word-initial capitals, whether the surface ends in a word character. */
interface Indexed extends PhraseEntry {
  capitals: number[];
  endsWord: boolean;
}

const WORD = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD = /^[a-z0-9]+$/;

export function firstWordKey(s: string): string | undefined {
  return WORD.exec(s)?.[0].toLowerCase();
}

/** Gazetteer surfaces indexed by their first word, longest first; matching is case-aware. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, Indexed[]>();
  /** Per first word: the entries by the rest of their lower-cased surface (no scan of the list). */
  private readonly tries = new Map<string, CharTrie<Indexed>>();
  /** First words with an entry whose lower-case form has another length: matched by scanning. */
  private readonly oddKeys = new Set<string>();
  private readonly seen = new Set<string>();
  /** First words with an entry that may start in lower case. */
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
    const full: Indexed = {
      ...entry,
      surface,
      lower,
      exact,
      requireThe,
      capitals: capitalOffsets(surface),
      endsWord: WORD_CHAR.test(surface.charAt(surface.length - 1)),
    };
    if (lower.length !== surface.length || !lower.startsWith(key)) this.oddKeys.add(key);
    const list = this.byFirst.get(key) ?? [];
    const first = surface.charAt(0);
    if (first === first.toLowerCase()) this.lowerStart.add(key);
    list.push(full);
    list.sort((a, b) => b.surface.length - a.surface.length);
    this.byFirst.set(key, list);
    const trie = this.tries.get(key) ?? new CharTrie<Indexed>();
    trie.add(lower.slice(key.length), full);
    this.tries.set(key, trie);
  }

  /** Longest entry matching `text` at `start`, or undefined; `word` is the lower-cased token there, if known. */
  match(text: string, start: number, word?: string, lowerText?: string): PhraseEntry | undefined {
    const key = word !== undefined && ASCII_WORD.test(word) ? word : firstWordKey(text.slice(start, start + 40));
    if (!key) return undefined;
    const list = this.byFirst.get(key);
    if (!list) return undefined;
    const c0 = text.charCodeAt(start);
    if (c0 >= 97 && c0 <= 122 && !this.lowerStart.has(key)) return undefined;
    if (lowerText !== undefined && !this.oddKeys.has(key) && lowerText.startsWith(key, start)) {
      // Candidates: the entries whose lower-case surface starts the text here, longest first.
      for (const items of this.tries.get(key)!.prefixesAt(lowerText, start + key.length))
        for (const e of items) if (accepts(e, text, start)) return e;
      return undefined;
    }
    for (const e of list) {
      const end = start + e.surface.length;
      if (end > text.length) continue;
      if (!e.exact && text.slice(start, end).toLowerCase() !== e.lower) continue;
      if (accepts(e, text, start)) return e;
    }
    return undefined;
  }

  /** Whether any entry under this first word may start in lower case. */
  lowerStartPossible(word: string): boolean {
    return this.lowerStart.has(word);
  }

  get size(): number {
    return this.seen.size;
  }
}

/** Case, word boundary and 'the' checks of an entry whose lower-case surface starts the text at `start`. */
function accepts(e: Indexed, text: string, start: number): boolean {
  if (e.exact && !text.startsWith(e.surface, start)) return false;
  if (!e.exact) {
    for (const k of e.capitals) if (text.charCodeAt(start + k) !== e.surface.charCodeAt(k)) return false;
  }
  const end = start + e.surface.length;
  if (e.endsWord && end < text.length && WORD_CHAR.test(text.charAt(end))) return false;
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
