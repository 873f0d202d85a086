import type { EntityRef, DocMention, RecognisedDoc, Token } from '../../types';
import type { KnowledgeBase } from '../../data/knowledge-base';

const OPENERS: string[][] = [['the', 'two'], ['both'], ['both', 'the']];
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * 'the two countries', 'both sides', 'the two nuclear-armed neighbours': two mentions on the same
 * span, one for each of the two actors of the right types mentioned most so far (demonyms count
 * half). Needs two clear candidates; returns `mentions` with the new ones in text order.
 */
export function resolveCollectives(
  doc: RecognisedDoc,
  mentions: DocMention[],
  kb: KnowledgeBase,
): DocMention[] {
  const { tokens } = doc;
  const added: DocMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (w !== 'the' && w !== 'both') continue;
    const open = openerAt(tokens, k);
    if (open === 0 || (open === 1 && tokens[k + 1]?.lower === 'the')) continue;
    let h = k + open;
    while (h < k + open + 2 && MODIFIER_POS.has(tokens[h]?.pos ?? '') && !nounAt(kb, tokens[h]!))
      h++;
    const head = tokens[h];
    if (!head || head.sent !== tokens[k]!.sent || !nounAt(kb, head)) continue;
    if (overlaps(mentions, k, h)) continue;
    // Earlier sentences first: 'The US and China urged the two countries' means neither of them.
    const types = kb.collectives.get(head.lemma)!;
    const sentenceStart = doc.sentences[head.sent]?.start ?? head.start;
    const pair = topTwo(mentions, sentenceStart, types) ?? topTwo(mentions, head.start, types);
    if (!pair) continue;
    const start = tokens[k]!.start;
    for (const ref of pair) {
      added.push({
        start,
        end: head.end,
        tokenStart: k,
        tokenEnd: h + 1,
        sent: head.sent,
        text: doc.text.slice(start, head.end),
        kind: 'nominal',
        ref,
        via: 'pronoun',
      });
    }
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Length of the first opener at `k` ('the two', 'both', 'both the'), or 0. */
function openerAt(tokens: Token[], k: number): number {
  for (const o of OPENERS) {
    let i = 0;
    while (i < o.length && tokens[k + i]?.lower === o[i]) i++;
    if (i === o.length) return i;
  }
  return 0;
}

function overlaps(mentions: DocMention[], k: number, h: number): boolean {
  for (const m of mentions) if (m.tokenStart <= h && m.tokenEnd > k) return true;
  return false;
}

const nounAt = (kb: KnowledgeBase, t: { pos: string; lemma: string; lower: string }): boolean =>
  t.pos === 'NOUN' && t.lower !== t.lemma && kb.collectives.has(t.lemma);

function topTwo(
  mentions: DocMention[],
  before: number,
  types: Set<string>,
): [EntityRef, EntityRef] | undefined {
  const score = new Map<string, { ref: EntityRef; n: number; last: number }>();
  for (const m of mentions) {
    if (m.start >= before) break;
    if (!m.ref || !types.has(m.ref.type) || m.kind === 'pronoun') continue;
    const s = score.get(m.ref.id) ?? { ref: m.ref, n: 0, last: 0 };
    s.n += m.kind === 'demonym' ? 0.5 : 1;
    s.last = m.start;
    score.set(m.ref.id, s);
  }
  const ranked = [...score.values()].sort((a, b) => b.n - a.n || b.last - a.last);
  const [a, b, c] = ranked;
  // A tie for second place leaves the pair unclear.
  if (!a || !b || (c && c.n === b.n)) return undefined;
  return [a.ref, b.ref];
}
