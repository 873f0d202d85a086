import type { KnowledgeBase } from '../../data/knowledge-base';
import type { SegmentedDoc } from '../../types';
import type { TaggerCandidate } from './tagger-candidates';
import { skipTitles } from './token-utils';

/** 'The', 'And' opening a tagger span: not part of the name. */
const LEADING_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART']);
const UPPER_START = /^\p{Lu}/u;
/** 'al-Sadr', 'bin-Salman': a lower-case particle glued to a capitalised name. */
const PARTICLE_START = /^(?:al|el|ad|ash|as|bin|ibn|abu|de|di|da|van|von)-\p{Lu}/u;

/**
 * Drops what is not a name however the tagger read it, and cuts a title opening a name
 * ('Princess Ubolratana' → 'Ubolratana'); a name ending in a place head word is a place. Returns the candidate to use, or undefined.
 */
export function nameOnly(
  c: TaggerCandidate,
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  { lowerWords, usage }: WordUsage,
): TaggerCandidate | undefined {
  const { tokens } = doc;
  let { from, words } = c;
  const afterTitles = skipTitles(tokens, from, kb);
  if (afterTitles > from) {
    if (afterTitles >= c.to) return undefined;
    const cut = words.length - countWords(tokens, afterTitles, c.to);
    words = words.slice(cut);
    from = afterTitles;
  }
  // 'Princess Ubolratana', 'Lady X': an honorific of the stop list opens no person's name.
  while (
    c.type === 'PER' &&
    words.length > 1 &&
    tokens[from]!.text === words[0] &&
    kb.stopwords.has(words[0].toLowerCase())
  ) {
    words = words.slice(1);
    from++;
  }
  while (words.length > 0 && from < c.to && LEADING_POS.has(tokens[from]!.pos)) {
    words = words.slice(1);
    from++;
  }
  if (words.length === 0) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const nameLike = (w: string) => UPPER_START.test(w) || PARTICLE_START.test(w);
  if (!nameLike(first) || !nameLike(last)) return undefined;
  if (words.length === 1 && commonWord(first, kb, lowerWords)) return undefined;
  if (isDemonym(doc, kb, from, c.to)) return undefined;
  if (words.length === 1 && usage.get(first)?.headed === 0) return undefined;
  // 'the Sultan Qaboos Grand Mosque': a place head word ends a place's name, whatever the tagger read.
  if (words.length > 1 && kb.locationHeads.has(last)) return { ...c, from, words, type: 'LOC' };
  return { ...c, from, words };
}

/** Tagger words over tokens [from, to): tokens not glued to the one before. */
function countWords(tokens: SegmentedDoc['tokens'], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (k === from || tokens[k]!.start !== tokens[k - 1]!.end) n++;
  return n;
}

/** A stop word, a title, a head word ('Party'), or a word the document also writes lower-case. */
function commonWord(word: string, kb: KnowledgeBase, lowerWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return (
    kb.stopwords.has(lower) ||
    kb.titles.has(lower) ||
    kb.orgHeads.has(word) ||
    kb.locationHeads.has(word) ||
    lowerWords.has(lower) ||
    !/\p{L}/u.test(word)
  );
}

function isDemonym(doc: SegmentedDoc, kb: KnowledgeBase, from: number, to: number): boolean {
  const t = doc.tokens[from]!;
  const e = kb.phrases.match(doc.text, t.start, t.lower);
  return !!e && e.kind === 'demonym' && t.start + e.surface.length === doc.tokens[to - 1]!.end;
}

export interface WordUsage {
  /** Lower-case words of the document ('landscape' makes a capitalised 'Landscape' a common word). */
  lowerWords: Set<string>;
  /**
   * Capitalised words: how often each heads its phrase, i.e. is not followed by a lower-case
   * noun. Never ('the Tigrayan side', 'Tigrayan authorities'): an adjective, not a name.
   */
  usage: Map<string, { headed: number }>;
}

export function wordUsage(doc: SegmentedDoc): WordUsage {
  const lowerWords = new Set<string>();
  const usage = new Map<string, { headed: number }>();
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT') continue;
    if (!t.cap) {
      lowerWords.add(t.lower);
      continue;
    }
    const next = tokens[i + 1];
    const attributive = !!next && next.sent === t.sent && next.pos === 'NOUN' && !next.cap;
    const u = usage.get(t.text) ?? { headed: 0 };
    if (!attributive) u.headed++;
    usage.set(t.text, u);
  }
  return { lowerWords, usage };
}
