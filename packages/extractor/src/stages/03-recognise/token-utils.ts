import type { KnowledgeBase } from '../../data/knowledge-base';
import type { Token } from '../../types';
import type { Coverage } from './coverage';

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'VERB']);
const NAME_CONNECTORS = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'di',
  'du',
]);

/** Honorifics before a person's name ('Mr', 'Dr.', 'Dame'): a cue, not part of the name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'sir',
  'dame',
]);

export const isPossessive = (t: Token | undefined) =>
  !!t && (t.lower === "'s" || t.lower === '’s' || t.lower === "'");

/** Token index after matching `words` (lower-cased) at `i`, or -1. */
export function matchWords(tokens: Token[], i: number, words: string[]): number {
  let k = i;
  for (const w of words) {
    const t = tokens[k];
    if (!t || t.lower !== w) return -1;
    k++;
  }
  return k;
}

const glued = (tokens: Token[], k: number) =>
  !!tokens[k] && !!tokens[k - 1] && tokens[k]!.start === tokens[k - 1]!.end;
const LOWER_PIECE = /^\p{Ll}+$/u;

/**
 * 'Chan' + '-o-cha': a chain of two or more glued hyphens, with lower-case pieces inside, that
 * continues a name (one hyphen and a lower-case word, 'Putin-backed', does not). Returns the
 * end of the chain (exclusive), or `k` when the hyphen at `k` does not start one.
 */
export function hyphenChain(tokens: Token[], k: number): number {
  let end = k;
  let hyphens = 0;
  while (
    tokens[end]?.text === '-' &&
    glued(tokens, end) &&
    glued(tokens, end + 1) &&
    /^\p{L}+$/u.test(tokens[end + 1]!.text)
  ) {
    hyphens++;
    end += 2;
  }
  const lowerInside = tokens.slice(k, end).some((t) => LOWER_PIECE.test(t.text));
  return hyphens >= 2 && lowerInside ? end : k;
}

/** A run of capitalised name words starting at `i` (not covered, not stop words): end index (exclusive). */
export function nameRun(
  tokens: Token[],
  i: number,
  kb: KnowledgeBase,
  cov: Coverage,
  max = 6,
): number {
  const first = tokens[i];
  if (!first || !isNameWord(first, kb) || cov.covered(i)) return i;
  let k = i + 1;
  while (k < tokens.length && k - i < max) {
    const t = tokens[k]!;
    if (t.sent !== first.sent || cov.covered(k)) break;
    const next = tokens[k + 1];
    const chain = hyphenChain(tokens, k);
    if (isNameWord(t, kb) || PARTICLE_NAME.test(t.text) || surnameWord(t, kb)) k++;
    else if (chain > k) k = chain;
    else if (
      t.text === '-' &&
      t.start === tokens[k - 1]!.end &&
      next &&
      next.start === t.end &&
      (isNameWord(next, kb) || syllable(next, t))
    )
      k += 2;
    else if (NAME_CONNECTORS.has(t.lower) && next && isNameWord(next, kb)) k += 2;
    else break;
  }
  return k;
}

/** 'Chi-wai', 'Jong-un': a short lower-case syllable glued after a hyphen continues a name. */
const syllable = (t: Token, hyphen: Token) =>
  t.start === hyphen.end && /^\p{Ll}{1,4}$/u.test(t.text);

/** 'Liu He': a listed word that is a surname after a name word (never sentence-initial). */
const surnameWord = (t: Token, kb: KnowledgeBase) =>
  t.cap && !t.initial && !t.quoted && kb.surnameWords.has(t.text);

/** 'al-Jabari', 'bin-Salman': lower-case particle glued to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|ad|ash|as|bin|ibn|abu|de|di|da|van|von)-\p{Lu}/u;

export function isNameWord(t: Token, kb: KnowledgeBase): boolean {
  return (
    (t.cap || PARTICLE_NAME.test(t.text)) &&
    NAME_POS.has(t.pos) &&
    !kb.stopwords.has(t.lower) &&
    /\p{L}/u.test(t.text) &&
    !t.text.includes('"')
  );
}

/** End of the title (rank) sequence starting at `i`, or `i` when none. */
export function skipTitles(tokens: Token[], i: number, kb: KnowledgeBase): number {
  let k = i;
  for (let guard = 0; guard < 3; guard++) {
    const list = tokens[k] ? kb.titles.get(tokens[k]!.lower) : undefined;
    const end = list ? firstMatch(tokens, k, list) : -1;
    if (end <= k) break;
    k = end;
  }
  return k;
}

/** End of the first title in `list` (longest first) matching at `k`, or -1. */
function firstMatch(tokens: Token[], k: number, list: { words: string[] }[]): number {
  for (const t of list) {
    const e = matchWords(tokens, k, t.words);
    if (e > 0) return e;
  }
  return -1;
}

/** The mention ending right before token `i` (skipping a possessive 's), if any. */
export function mentionBefore(tokens: Token[], i: number, cov: Coverage) {
  let k = i - 1;
  if (isPossessive(tokens[k])) k--;
  if (k < 0 || tokens[k]!.sent !== tokens[i]?.sent) return undefined;
  return cov.mentionAt(k);
}
