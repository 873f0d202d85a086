import { type Clause, polarity, subjectOf } from './clause';
import type { Edges } from './emit';
import type { Token } from '../../types';
import type { Unit } from './units';

const POSSESSIVE = new Set(["'s", '’s']);
const OWNER_PREPS = new Set(['of', 'by']);
const NOMINAL = /(?:ing|tion|sion|ment|al)s?$/;
const OPENERS = new Set(['DET', 'ADJ', 'NUM']);
/** 'called the move a disgrace': verbs whose judgement follows the object directly. */
const NAMING = new Set(['call', 'brand', 'label', 'term', 'deem', 'consider', 'find', 'rule']);
const QUOTES = new Set(['"', '“', '”', "'"]);
/** How many words between the link ('was', 'as') and the judging word. */
const WORD_REACH = 4;
/** How long a prepositional phrase between the thing and 'was' may be. */
const PP_REACH = 6;

/**
 * 'Spain said Morocco's decision was an insult', 'the court ruled the order of X unlawful',
 * 'called Iran a threat': a speaker's or court's judgement of a thing criticises its owner (an
 * 'unlawful' judgement rejects it). Only a thing with an actor as owner or an actor itself counts.
 */
export function judgementRelations(c: Clause, edges: Edges): void {
  const { tokens } = c.doc;
  const { verbs, unlawful } = c.kb.judgements;
  for (let v = c.sentence.tokenStart; v < c.sentence.tokenEnd; v++) {
    const t = tokens[v]!;
    if (t.pos !== 'VERB' || !verbs.has(t.lemma)) continue;
    const start = tokens[v + 1]?.lower === 'that' ? v + 2 : v + 1;
    const judged = judgedThing(c, start);
    if (!judged) continue;
    const w = judgingWord(c, judged.end, NAMING.has(t.lemma));
    if (w < 0) continue;
    const word = tokens[w]!;
    const subject = speakerOf(c, v).filter((u) => !judged.units.includes(u));
    if (!subject.length) continue;
    const pol = polarity(c, Math.max(...subject.map((u) => u.to)), v);
    const denied = tokens.slice(judged.end, w).some((x) => c.kb.negation.has(x.lower));
    edges.add({
      type: unlawful.has(word.lemma) || unlawful.has(word.lower) ? 'REJECTS' : 'CRITICIZES',
      sources: subject,
      targets: judged.units,
      sent: c.sentence.index,
      trigger: { start: t.start, end: word.end },
      ...pol,
      negated: pol.negated || denied,
      confidence: 0.75,
    });
  }
}

/**
 * The subject of the verb at `v`; for a verb after a comma or conjunction ('NATO invites X and Y,
 * calls Z a threat'), that of the verb before it (none when there is no such verb).
 */
export function speakerOf(c: Clause, v: number): Unit[] {
  const { tokens } = c.doc;
  let k = v - 1;
  while (k > c.sentence.tokenStart && ['ADV', 'AUX', 'PART'].includes(tokens[k]!.pos)) k--;
  if (tokens[k]!.text !== ',' && tokens[k]!.pos !== 'CCONJ') return subjectOf(c, v);
  for (let j = k - 1; j >= c.sentence.tokenStart; j--)
    if (tokens[j]!.pos === 'VERB') return subjectOf(c, j);
  return [];
}

/** The actor judged from `k` on: an actor, the owner of a thing ('X's decision', 'the act of X'). */
function judgedThing(c: Clause, k: number): { units: Unit[]; end: number } | undefined {
  const { tokens } = c.doc;
  // 'the Prime Minister's advice': a determiner may open the owner's name
  const first = c.units.find(
    (u) =>
      !u.prep && (u.mention.tokenStart === k || (u.from === k + 1 && tokens[k]!.pos === 'DET')),
  );
  if (first && POSSESSIVE.has(tokens[first.mention.tokenEnd]?.lower ?? '')) {
    const end = nounEnd(c, first.mention.tokenEnd + 1);
    return end < 0 ? undefined : { units: c.groups[first.group]!, end };
  }
  if (first) return actor(first) ? { units: c.groups[first.group]!, end: first.to } : undefined;
  const end = nounEnd(c, k);
  if (end < 0) return undefined;
  const of = c.units.find((u) => u.prepAt === end && OWNER_PREPS.has(u.prep ?? '') && actor(u));
  if (!of || (of.prep === 'of' && patientOf(c, tokens[end - 1]!))) return undefined;
  return { units: c.groups[of.group]!, end: of.to };
}

/**
 * 'the killing of X', 'the declaration of X as the winner', 'the arrest of X': after an action
 * noun (a nominalised verb or a trigger noun) 'of' names the one acted on, not the author.
 */
function patientOf(c: Clause, noun: Token): boolean {
  return NOMINAL.test(noun.lower) || c.kb.nounTriggers.has(noun.lemma);
}

const actor = (u: Unit) => u.mention.ref?.type !== 'Event' && u.mention.ref?.type !== 'Location';

/** The end of a thing's noun phrase from `k` ('the planned conversion'), or -1 when none. */
function nounEnd(c: Clause, k: number): number {
  const { tokens } = c.doc;
  while (OPENERS.has(tokens[k]?.pos ?? '')) k++;
  if (tokens[k]?.pos !== 'NOUN' || c.units.some((u) => u.mention.tokenStart === k)) return -1;
  while (tokens[k]?.pos === 'NOUN') k++;
  return k;
}

/** The judging word after the link ('was', 'to be', 'as', or 'a' after 'called X'), or -1. */
function judgingWord(c: Clause, j: number, naming: boolean): number {
  const { tokens } = c.doc;
  const { negative, unlawful } = c.kb.judgements;
  // 'X's advice to the Queen was unlawful': a prepositional phrase before 'was'
  if (tokens[j]?.pos === 'ADP' && tokens[j]!.lower !== 'as') {
    let q = j + 1;
    while (q < j + PP_REACH && tokens[q] && !['VERB', 'AUX', 'PUNCT'].includes(tokens[q]!.pos)) q++;
    if (tokens[q]?.lemma === 'be') j = q;
  }
  if (tokens[j]?.lemma === 'be') j++;
  else if (tokens[j]?.lower === 'to' && tokens[j + 1]?.lemma === 'be') j += 2;
  else if (tokens[j]?.lower === 'as') j++;
  else if (!naming) return -1;
  const limit = Math.min(c.sentence.tokenEnd, j + WORD_REACH);
  for (let k = j; k < limit; k++) {
    const t = tokens[k]!;
    if (negative.has(t.lemma) || unlawful.has(t.lemma) || unlawful.has(t.lower)) return k;
    if (t.pos === 'PUNCT' && !QUOTES.has(t.text)) return -1;
    // 'was under threat', 'was the victim of an attack': the judged one suffers, it is not judged
    if (t.pos === 'VERB' || t.pos === 'PROPN' || t.pos === 'ADP') return -1;
  }
  return -1;
}
