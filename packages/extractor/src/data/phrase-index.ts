import type { MentionKind } from '@kg/schema';
import type { EntityRef } from '../types';

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

const WORD = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD = /^[a-z0-9]+$/;

export function firstWordKey(s: string): string | undefined {
  return WORD.exec(s)?.[0].toLowerCase();
}

/** Gazetteer surfaces indexed by their first word, longest first; matching is case-aware. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, PhraseEntry[]>();
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
    const full: PhraseEntry = { ...entry, surface, lower: surface.toLowerCase(), exact, requireThe };
    const list = this.byFirst.get(key) ?? [];
    const first = surface.charAt(0);
    if (first === first.toLowerCase()) this.lowerStart.add(key);
    list.push(full);
    list.sort((a, b) => b.surface.length - a.surface.length);
    this.byFirst.set(key, list);
  }

  /** Longest entry matching `text` at `start`, or undefined; `word` is the lower-cased token there, if known. */
  match(text: string, start: number, word?: string, lowerText?: string): PhraseEntry | undefined {
    const key = word !== undefined && ASCII_WORD.test(word) ? word : firstWordKey(text.slice(start, start + 40));
    if (!key) return undefined;
    const list = this.byFirst.get(key);
    if (!list) return undefined;
    const c0 = text.charCodeAt(start);
    if (c0 >= 97 && c0 <= 122 && !this.lowerStart.has(key)) return undefined;
    for (const e of list) {
      const end = start + e.surface.length;
      if (end > text.length) continue;
      if (e.exact ? !text.startsWith(e.surface, start) : lowerText ? !lowerText.startsWith(e.lower, start) : text.slice(start, end).toLowerCase() !== e.lower) continue;
      if (!e.exact && !capitalsAgree(text.slice(start, end), e.surface)) continue;
      const next = text.charAt(end);
      if (next && WORD_CHAR.test(next) && WORD_CHAR.test(e.surface.charAt(e.surface.length - 1))) continue;
      if (e.requireThe && !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
      return e;
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

/** Every word-initial upper-case letter of the surface must be upper-case in the text. */
function capitalsAgree(span: string, surface: string): boolean {
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charAt(k);
    const initial = k === 0 || !WORD_CHAR.test(surface.charAt(k - 1));
    if (initial && c !== c.toLowerCase() && span.charAt(k) !== c) return false;
  }
  return true;
}
