import type { KnowledgeBase } from '../../data/knowledge-base';
import type { SegmentedDoc, Token } from '../../types';
import type { Coverage } from './coverage';

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'around',
  'across',
  'into',
  'via',
  'through',
  'toward',
  'towards',
  'within',
]);

/** Longest gazetteer match at every token start (countries, orgs, people, groups, metonyms, demonyms). */
export function gazetteerPass(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage): void {
  const { tokens, text } = doc;
  const lower = text.toLowerCase();
  const lowerText = lower.length === text.length ? lower : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (
      cov.covered(i) ||
      tok.pos === 'PUNCT' ||
      (!tok.cap && !kb.phrases.lowerStartPossible(tok.lower))
    )
      continue;
    const e = kb.phrases.match(text, tok.start, tok.lower, lowerText);
    if (!e) continue;
    const endChar = tok.start + e.surface.length;
    let j = i;
    while (j < tokens.length && tokens[j]!.end < endChar) j++;
    if (j >= tokens.length) continue;
    const to = j + 1;
    const prev = tokens[i - 1];
    const next = tokens[to];
    if (
      e.ambiguous &&
      (isNameWord(next, tok) ||
        (prev && prev.cap && !prev.initial && prev.pos === 'PROPN' && !cov.covered(i - 1)))
    )
      continue;
    if (e.ambiguous && prev?.text === ',' && tokens[i - 2]?.cap && !cov.covered(i - 2)) continue;
    // 'the West African ...', 'National Security Council' (a longer unknown name around a known alias).
    if ((e.requireThe || e.ambiguous) && to === i + 1 && next?.cap && next.sent === tok.sent)
      continue;
    if (
      e.ref.type !== 'Country' &&
      e.ref.type !== 'Person' &&
      prev &&
      !cov.covered(i - 1) &&
      prev.cap &&
      !prev.initial &&
      prev.pos === 'PROPN' &&
      !kb.stopwords.has(prev.lower)
    )
      continue;
    if (e.capital && prev && LOCATIVE.has(prev.lower)) continue;
    if (e.kind === 'demonym' && e.ref.type === 'Country' && !tok.cap) continue;
    const possessive = next && (next.lower === "'s" || next.lower === '’s');
    // 'Russia-led', 'Iran-backed': the actor qualifies a following noun.
    const compound =
      next?.text === '-' && next.start === endChar && !!tokens[to + 1] && !tokens[to + 1]!.cap;
    const modifier = (e.kind === 'demonym' && !e.plural) || !!possessive || compound;
    // Lower-case aliases ('the bloc', 'developing countries') are descriptions: not before a name.
    const descriptive = e.surface === e.lower;
    if (descriptive && next?.cap && next.sent === tok.sent) continue;
    const kind = descriptive ? 'nominal' : e.kind;
    cov.add(i, to, e.ref, kind, 'gazetteer', { start: tok.start, end: endChar, modifier });
    i = j;
  }
  dropUnanchoredDescriptions(cov);
}

/** A description counts only when the document also names the entity ('the bloc' after 'the EU'). */
function dropUnanchoredDescriptions(cov: Coverage): void {
  const named = new Set(
    cov.mentions.filter((m) => m.kind !== 'nominal' && m.ref).map((m) => m.ref!.id),
  );
  for (const m of [...cov.mentions])
    if (m.kind === 'nominal' && m.ref && !named.has(m.ref.id)) cov.release(m);
}

function isNameWord(t: Token | undefined, prev: Token): boolean {
  return !!t && t.cap && t.pos === 'PROPN' && t.sent === prev.sent;
}
