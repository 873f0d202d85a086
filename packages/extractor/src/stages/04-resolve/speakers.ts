import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, RecognisedDoc } from '../../types';

/** The speaker of the quotation(s) in each sentence: 'X said', 'quoted X as saying', or the previous speaker. */
export function findSpeakers(
  doc: RecognisedDoc,
  mentions: DocMention[],
  kb: KnowledgeBase,
): Map<number, EntityRef> {
  const speakers = new Map<number, EntityRef>();
  const bySent = new Map<number, DocMention[]>();
  for (const m of mentions) {
    if (!m.ref) continue;
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  }
  let last: { ref: EntityRef; sent: number } | undefined;
  for (const s of doc.sentences) {
    if (!hasQuote(doc, s.tokenStart, s.tokenEnd)) continue;
    const people = (bySent.get(s.index) ?? []).filter(
      (m) => m.ref?.type === 'Person' && !doc.tokens[m.tokenStart]!.quoted,
    );
    let speaker: EntityRef | undefined;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k]!;
      if (t.quoted || !kb.speechVerbs.has(t.lemma)) continue;
      if (t.lemma === 'quote') {
        const passive = doc.tokens[t.i - 1]?.lemma === 'be';
        speaker = passive ? nearest(people, t.i, -1) : nearest(people, t.i, 1);
      } else speaker = nearest(people, t.i, 0);
      if (speaker) break;
    }
    if (!speaker && last && s.index - last.sent <= 2) speaker = last.ref;
    if (speaker) {
      speakers.set(s.index, speaker);
      last = { ref: speaker, sent: s.index };
    }
  }
  return speakers;
}

function hasQuote(doc: RecognisedDoc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.quoted) return true;
  return false;
}

/** Nearest mention before (-1), after (1) or either side (0) of token i. */
function nearest(ms: DocMention[], i: number, dir: -1 | 0 | 1): EntityRef | undefined {
  let best: DocMention | undefined;
  let dist = Infinity;
  for (const m of ms) {
    const d = m.tokenStart > i ? m.tokenStart - i : i - m.tokenEnd;
    if (dir === -1 && m.tokenStart > i) continue;
    if (dir === 1 && m.tokenStart < i) continue;
    if (d < dist) {
      dist = d;
      best = m;
    }
  }
  return best?.ref;
}
