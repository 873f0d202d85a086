import type { KnowledgeBase } from '../../data/knowledge-base';
import type { SegmentedDoc, Token } from '../../types';
import type { TaggerCandidate } from './tagger-candidates';
import { HONORIFICS } from './token-utils';

const CUE_POS = new Set(['NOUN', 'ADJ']);

/**
 * How much the document supports a tagger name beyond the tagger's word (it is ~70% precise on
 * news): each of these counts one. A name is taken at two.
 */
export function evidenceFor(
  c: TaggerCandidate,
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  mentionCounts: ReadonlyMap<string, number>,
): number {
  const { tokens } = doc;
  const first = tokens[c.from]!;
  let score = 0;
  // Capitalised in mid-sentence: not just a sentence opening.
  if (!first.initial) score++;
  if (c.words.length > 1) score++;
  const key = c.words.join(' ').toLowerCase();
  if ((mentionCounts.get(key) ?? 0) > 1) score++;
  // 'Sharif Hotak ... Hotak said': a later short form of a person's name.
  if (c.type === 'PER' && c.words.length > 1) {
    const last = c.words[c.words.length - 1]!.toLowerCase();
    if ((mentionCounts.get(last) ?? 0) > 0) score++;
  }
  if (c.type === 'PER' && cueBefore(tokens, c.from, kb)) score++;
  if (c.type === 'PER' && kb.givenNames.has(c.words[0]!)) score++;
  return score;
}

/** 'President X', 'Mr X', 'the hardline cleric X', 'veteran opposition figure X'. */
function cueBefore(tokens: Token[], i: number, kb: KnowledgeBase): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sent !== tokens[i]!.sent) return false;
  if (HONORIFICS.has(prev.lower) || kb.titles.get(prev.lower)?.some((t) => t.words.length === 1))
    return true;
  return CUE_POS.has(prev.pos) && !prev.cap;
}

/**
 * Counts of single tagger words and whole tagger names in the document, lower-cased, for
 * 'repeated' and 'short form' evidence.
 */
export function countMentions(candidates: readonly TaggerCandidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    const key = c.words.join(' ').toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
