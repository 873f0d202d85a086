import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, RecognisedDoc, Token } from '../../types';
import { nounFollows } from '../03-recognise/noun-phrase-pass';
import { matchWords } from '../03-recognise/token-utils';

/**
 * 'the military', 'the armed forces' (`events.json` institutions 'national') with no country
 * named: the institution of the latest country named with that noun ('the Indonesian military
 * ... the military said'; 'military', 'army' and 'armed forces' are one, 'nationalSame'). Not
 * the main country's unnamed one: a bare 'the military' is often a junta or another side.
 * Returns `mentions` with the new ones in order.
 */
export function resolveNationalDefinites(
  doc: RecognisedDoc,
  mentions: DocMention[],
  kb: KnowledgeBase,
): DocMention[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  const named = new Map<string, { at: number; ref: EntityRef }[]>();
  for (const m of mentions) {
    covered.fill(1, m.tokenStart, m.tokenEnd);
    const key = m.ref?.type === 'Organization' ? keyOf(m.ref.name, kb) : undefined;
    if (key && m.ref?.country)
      named.set(key, [...(named.get(key) ?? []), { at: m.start, ref: m.ref }]);
  }
  const added: DocMention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1]!.lower !== 'the' || covered[k] || tokens[k]!.cap) continue;
    const end = nationalEnd(tokens, k, kb);
    if (end < 0) continue;
    const head = doc.text.slice(tokens[k]!.start, tokens[end - 1]!.end).toLowerCase();
    const key = canonical(head, kb);
    const before = (named.get(key) ?? []).filter((n) => n.at < tokens[k]!.start).pop()?.ref;
    const ref = before;
    if (!ref) continue;
    const start = tokens[k - 1]!.start;
    const e = tokens[end - 1]!.end;
    added.push({
      start,
      end: e,
      tokenStart: k - 1,
      tokenEnd: end,
      sent: tokens[k]!.sent,
      text: doc.text.slice(start, e),
      kind: 'nominal',
      ref,
      via: 'pronoun',
    });
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** End of a national institution noun heading its phrase at `k`, or -1. */
function nationalEnd(tokens: Token[], k: number, kb: KnowledgeBase): number {
  for (const words of kb.institutions.national) {
    const end = matchWords(tokens, k, words);
    if (end < 0) continue;
    const next = tokens[end];
    const heads = !nounFollows(tokens, end - 1) && next?.lower !== 'of' && next?.lower !== "'s";
    return heads && next?.sent === tokens[k]!.sent ? end : -1;
  }
  return -1;
}

const canonical = (head: string, kb: KnowledgeBase): string =>
  kb.institutions.nationalSame.has(head) ? 'military' : head;

/** 'Indonesian navy' → 'navy', 'Sudanese armed forces' → 'military'. */
function keyOf(name: string, kb: KnowledgeBase): string | undefined {
  const l = name.toLowerCase();
  for (const words of kb.institutions.national) {
    const w = words.join(' ');
    if (l.endsWith(` ${w}`)) return canonical(w, kb);
  }
  return undefined;
}
