import type { Clause } from './clause';
import { subjectOf } from './clause';
import type { Unit } from './units';

const RELATIVES = new Set(['which', 'that']);
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
/** How far back from the relative pronoun the verb holding the thing may be. */
const REACH = 12;
/** The longest ', according to X,' between the relative pronoun and its subject. */
const ASIDE = 7;

/**
 * 'Chile kept a policy of turning boats away, which Peru criticised': a verb in an object relative
 * clause on a thing, with no object of its own, is aimed at the subject of the clause holding the
 * thing (empty when the relative's antecedent is an actor or no earlier verb has a subject).
 */
export function relativeThingOwner(c: Clause, subject: Unit[], v: number, end: number): Unit[] {
  const { tokens } = c.doc;
  // an object relative leaves a gap: nothing that could be an object follows the verb
  if (!subject.length || OBJECT_POS.has(tokens[end]?.pos ?? '')) return [];
  const start = c.sentence.tokenStart;
  let k = Math.min(...subject.map((u) => u.from)) - 1;
  // 'which, according to AFP, the UN criticised'
  if (tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > start && k - j <= ASIDE && tokens[j]!.text !== ',') j--;
    if (tokens[j]?.text === ',') k = j - 1;
  }
  if (k <= start || !RELATIVES.has(tokens[k]!.lower) || k > v) return [];
  const ante = tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
  // 'a policy of turning away boats of migrants, which ...': an actor after 'of' is part of the thing
  const actorAnte = c.units.some((u) => u.from <= ante && u.to > ante && u.prep !== 'of');
  if (!tokens[ante] || actorAnte) return [];
  for (let j = ante - 1; j >= start && ante - j <= REACH; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return [];
    // 'a policy of turning away boats': a gerund inside the noun phrase holds nothing
    if (t.pos !== 'VERB' || (t.lower.endsWith('ing') && tokens[j - 1]?.pos === 'ADP')) continue;
    // 'told reporters that X would back ...': 'that' after a speech verb opens no relative
    if (tokens[k]!.lower === 'that' && c.kb.speechVerbs.has(t.lemma)) return [];
    return subjectOf(c, j).filter((u) => !subject.includes(u));
  }
  return [];
}
