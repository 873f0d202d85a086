/**
 * Mention replacement (data augmentation): copies of a seeded fraction of the training sentences
 * in which every PER / ORG / LOC name is swapped for another name of the same type, drawn from a
 * pool (the names of the training text and of the gazetteer). The copies keep the context and
 * change the name, so the weights learn more from the words around a name ('shares of X fell',
 * 'X, a company based in') and less from the names the corpora happen to contain.
 */
import { bioToSpans } from '../bio-spans';
import { seededRandom } from '../seeded-random';
import type { LabelledSentence } from './labelled-sentence';

export const REPLACED_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type ReplacedType = (typeof REPLACED_TYPES)[number];
/** Names (as tokens) to draw from, per type. */
export type MentionPools = Record<ReplacedType, readonly (readonly string[])[]>;

const isReplaced = (type: string): type is ReplacedType =>
  (REPLACED_TYPES as readonly string[]).includes(type);

/** The distinct PER / ORG / LOC names of `sentences`, as tokens, in order of appearance. */
export function namesOf(sentences: readonly LabelledSentence[]): MentionPools {
  const seen = new Set<string>();
  const pools: Record<ReplacedType, string[][]> = { PER: [], ORG: [], LOC: [] };
  for (const s of sentences) {
    for (const span of bioToSpans<string>(s.tags, new Set(REPLACED_TYPES))) {
      if (!isReplaced(span.type)) continue;
      const tokens = s.tokens.slice(span.start, span.end);
      const key = `${span.type} ${tokens.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pools[span.type].push(tokens);
    }
  }
  return pools;
}

export function replaceMentions(
  sentences: readonly LabelledSentence[],
  pools: MentionPools,
  fraction: number,
  seed: number,
): LabelledSentence[] {
  const random = seededRandom(seed);
  const copies: LabelledSentence[] = [];
  for (const s of sentences) {
    const spans = bioToSpans<string>(s.tags, new Set(REPLACED_TYPES)).filter((x) =>
      isReplaced(x.type),
    );
    if (spans.length === 0 || random() >= fraction) continue;
    const tokens: string[] = [];
    const tags: string[] = [];
    let at = 0;
    for (const span of spans) {
      const type = span.type as ReplacedType;
      tokens.push(...s.tokens.slice(at, span.start));
      tags.push(...s.tags.slice(at, span.start));
      const pool = pools[type];
      const name = pool.length
        ? pool[Math.floor(random() * pool.length)]!
        : s.tokens.slice(span.start, span.end);
      name.forEach((w, k) => {
        tokens.push(w);
        tags.push(`${k === 0 ? 'B' : 'I'}-${type}`);
      });
      at = span.end;
    }
    tokens.push(...s.tokens.slice(at));
    tags.push(...s.tags.slice(at));
    copies.push({ tokens, tags, source: `${s.source}+replaced` });
  }
  return copies;
}
