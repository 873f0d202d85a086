/**
 * Entity search with the embedded store's rules (embedded/search-index.ts). Keys are the
 * normalised name and aliases. Tiers: exact key 1, key prefix 0.9, prefix of a later word 0.75;
 * only when those find nothing, substring 0.6; only when nothing matched and the query has at
 * least 4 characters, edit distance 1 (0.5) or 2 (0.4) to a key or a word with the same first
 * letter. Ties: degree (highest first), then name (Intl.Collator).
 *
 * Cypher narrows the candidates with regular expressions over the stored folded names
 * (fold-text.ts: no punctuation folding, so a run of non-alphanumerics there is one space in a
 * key); the exact tier of every candidate is computed here.
 */
import {
  boundedLevenshtein,
  MAX_TYPO_DISTANCE,
  MIN_FUZZY_LENGTH,
  normalizeName,
  searchKeys,
  TIER_SCORES,
} from '../embedded/search-index';
import { compareNames } from '../embedded/prefix-buckets';

export { normalizeName, searchKeys, TIER_SCORES, MIN_FUZZY_LENGTH as MIN_TYPO_LENGTH };

export const SUBSTRING_TIER = 3;

const SEP = '[^\\p{L}\\p{N}]';
const WORD = '[\\p{L}\\p{N}]';

/** Tier 0..3 (exact, prefix, later-word prefix, substring) of a normalised query, if any. */
export function matchTier(nq: string, keys: readonly string[]): number | undefined {
  if (keys.includes(nq)) return 0;
  if (keys.some((k) => k.startsWith(nq))) return 1;
  if (keys.some((k) => k.split(' ').some((w, i) => i > 0 && w.startsWith(nq)))) return 2;
  if (keys.some((k) => k.includes(nq))) return SUBSTRING_TIER;
  return undefined;
}

/** Tier 4 (edit distance 1) or 5 (distance 2) against keys, or words when nq is one word. */
export function typoTier(nq: string, keys: readonly string[]): number | undefined {
  const candidates = nq.includes(' ')
    ? keys
    : keys.flatMap((k) => (k.includes(' ') ? [k, ...k.split(' ')] : [k]));
  let best = MAX_TYPO_DISTANCE + 1;
  for (const c of candidates) {
    if (c.startsWith(nq[0])) best = Math.min(best, boundedLevenshtein(nq, c, MAX_TYPO_DISTANCE));
  }
  return best <= MAX_TYPO_DISTANCE ? 3 + Math.max(1, best) : undefined;
}

/** Hits by tier, degree (highest first), then name. */
export function compareHits(
  a: { tier: number; degree: number; name: string },
  b: { tier: number; degree: number; name: string },
): number {
  return a.tier - b.tier || b.degree - a.degree || compareNames(a.name, b.name);
}

/**
 * Parameters of SEARCH_ENTITIES and TYPO_CANDIDATES for a normalised query: Java regular
 * expressions over folded keys (letters folded as fold-text.ts does; ħ and ŧ stay in keys).
 */
export function searchPatterns(nq: string) {
  const folded = nq.replace(/ħ/g, 'h').replace(/ŧ/g, 't');
  const body = folded.split(' ').join(`${SEP}+`);
  const piece = folded.split(' ').sort((a, b) => b.length - a.length)[0];
  const first = [...folded][0];
  const lo = Math.max(0, nq.length - 1 - MAX_TYPO_DISTANCE);
  const hi = nq.length - 1 + MAX_TYPO_DISTANCE;
  // a key of nq.length ± 2 (a run of separators counts as one) starting with nq's first letter
  const key = `${SEP}*${first}(?:${WORD}|${SEP}+(?=${WORD})){${lo},${hi}}${SEP}*`;
  const word = `(?:.*${SEP})?${first}${WORD}{${lo},${hi}}(?:${SEP}.*)?`;
  return {
    piece,
    exact: `(?s)${SEP}*${body}${SEP}*`,
    prefix: `(?s)${SEP}*${body}.*`,
    wordPrefix: nq.includes(' ') ? null : `(?s).*${WORD}${SEP}+${body}.*`,
    contains: `(?s).*${body}.*`,
    typo: nq.includes(' ') ? `(?s)${key}` : `(?s)(?:${key})|(?:${word})`,
  };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for typo candidates: every word of three letters or more of the normalised
 * query, escaped, within two edits (`word~2`), any of them; null when no word is long enough.
 */
export function fuzzyCandidateQuery(nq: string): string | null {
  const words = nq
    .replace(/ħ/g, 'h')
    .replace(/ŧ/g, 't')
    .split(' ')
    .filter((w) => [...w].length >= 3)
    .map((w) => `${w.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}~2`);
  return words.length ? words.join(' OR ') : null;
}
