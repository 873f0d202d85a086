import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, RecognisedDoc, Sentence } from '../../types';

const REPRESENTING = new Set(['of', 'from']);
const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * 'Leaders of the G7 condemned', 'sanctions on officials from Russia': an actor noun governing
 * 'of'/'from' + actor makes one phrase that stands for the actor (its start, or `from`).
 */
export function representedBy(
  doc: RecognisedDoc,
  from: number,
  sentence: Sentence,
  kb: KnowledgeBase,
): number {
  const { tokens } = doc;
  const prep = tokens[from - 1];
  const head = tokens[from - 2];
  if (!prep || !head || from - 2 < sentence.tokenStart || !REPRESENTING.has(prep.lower))
    return from;
  const lemma = head.pos === 'PROPN' ? head.lower.replace(/s$/, '') : head.lemma;
  if ((head.pos !== 'NOUN' && head.pos !== 'PROPN') || !kb.actorNouns.has(lemma)) return from;
  let f = from - 2;
  while (f > sentence.tokenStart && ['DET', 'ADJ', 'NUM'].includes(tokens[f - 1]!.pos)) f--;
  // 'withdraw its forces from Lebanon': the forces have an owner already; 'from X' is a place
  const owner = tokens[f - 1];
  if (owner && (OWNER_WORDS.has(owner.lower) || owner.lower === "'s" || owner.lower === '’s'))
    return from;
  // 'Orban, a close ally of Putin,': an apposition describes the actor before the comma; it does
  // not stand for the one after 'of' (who would become the clause's subject)
  if (tokens[f - 1]?.text === ',' && f - 1 > sentence.tokenStart && tokens[f - 2]!.cap) return from;
  return f;
}

/** 'the Rapid Support Forces (RSF)': the bracketed short form repeats the actor before it. */
export function isDefinition(doc: RecognisedDoc, m: DocMention, mentions: DocMention[]): boolean {
  const { tokens } = doc;
  if (tokens[m.tokenStart - 1]?.text !== '(' || tokens[m.tokenEnd]?.text !== ')') return false;
  const prev = mentions.find((o) => o.tokenEnd === m.tokenStart - 1);
  return !!prev && prev.ref?.id === m.ref?.id;
}

const SPEECH_GAP = new Set(['ADV', 'ADP', 'PROPN', 'NOUN', 'NUM', 'SCONJ', 'DET']);

/** 'Pakistan said on Wednesday it had shot down ...': 'it' as the subject right after a speech verb. */
export function reportedSubject(doc: RecognisedDoc, m: DocMention, kb: KnowledgeBase): boolean {
  const { tokens } = doc;
  if (m.ref?.type !== 'Country' && m.ref?.type !== 'Organization' && m.ref?.type !== 'Group')
    return false;
  for (let k = m.tokenStart - 1; k >= 0 && m.tokenStart - k <= 5; k--) {
    const t = tokens[k]!;
    if (t.sent !== m.sent) return false;
    if (t.pos === 'VERB') return kb.speechVerbs.has(t.lemma);
    if (!SPEECH_GAP.has(t.pos)) return false;
  }
  return false;
}
