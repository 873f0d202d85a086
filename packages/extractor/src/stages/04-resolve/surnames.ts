import type { DocMention, EntityRef, RecognisedDoc } from '../../types';

/** Later 'Makei' after 'Vladimir Makei': a mention of the same person. Pattern refs with one id become one. */
export function linkSurnames(doc: RecognisedDoc): DocMention[] {
  const byId = new Map<string, EntityRef>();
  const surnames = new Map<string, EntityRef>();
  for (const m of doc.mentions) {
    if (!m.ref || m.ref.known) continue;
    const same = byId.get(m.ref.id);
    if (same) m.ref = same;
    else byId.set(m.ref.id, m.ref);
    if (m.ref.type === 'Person' && m.tokenEnd - m.tokenStart > 1) {
      surnames.set(doc.tokens[m.tokenEnd - 1]!.lower, m.ref);
    }
  }
  if (surnames.size === 0) return doc.mentions;
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const added: DocMention[] = [];
  for (const t of doc.tokens) {
    if (covered[t.i] || !t.cap || t.pos !== 'PROPN') continue;
    const ref = surnames.get(t.lower);
    if (!ref) continue;
    const next = doc.tokens[t.i + 1];
    const poss = next && (next.lower === "'s" || next.lower === '’s');
    added.push({
      start: t.start,
      end: t.end,
      tokenStart: t.i,
      tokenEnd: t.i + 1,
      sent: t.sent,
      text: t.text,
      kind: 'alias',
      ref,
      via: 'surname',
      modifier: !!poss,
    });
  }
  return added.length
    ? [...doc.mentions, ...added].sort((a, b) => a.start - b.start)
    : doc.mentions;
}
