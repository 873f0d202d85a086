import type { RecognisedDoc, Token } from '../../types';
import type { Unit } from './units';

/** Punctuation that opens an appositive list: 'the mediators – A, B and C –', '(A, B and C)', ': A, B and C'. */
const LIST_OPENERS = new Set(['–', '—', '-', '(', ':']);
const HEAD_INNER = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);
const JOINERS = new Set(['and', ',', 'or']);

/**
 * 'Serbia and the mediators – France, Germany and Italy – met': a list after a dash, bracket or
 * colon spells out a common-noun head coordinated with an actor before it. The list joins that
 * actor's coordination group as one side, so a symmetric verb pairs Serbia with each mediator
 * and not the mediators with one another. Units are changed in place.
 */
export function joinAppositiveLists(doc: RecognisedDoc, units: Unit[]): void {
  const { tokens } = doc;
  for (let i = 0; i + 1 < units.length; i++) {
    // a group's number is the index of its first unit
    const first = units[i]!;
    if (first.group !== i || first.prep || units[i + 1]!.group !== i) continue;
    const opener = tokens[first.from - 1];
    if (!opener || opener.sent !== first.mention.sent || !LIST_OPENERS.has(opener.text)) continue;
    const list = units.filter((u) => u.group === first.group);
    const headStart = commonHeadStart(tokens, first.from - 2, first.mention.sent);
    if (headStart < 0) continue;
    let k = headStart - 1;
    let joined = false;
    while (tokens[k] && JOINERS.has(tokens[k]!.lower)) {
      joined ||= tokens[k]!.lower !== ',';
      k--;
    }
    const owner = joined ? units.find((u) => u.to === k + 1 && u.group !== first.group) : undefined;
    if (!owner) continue;
    for (const u of list)
      Object.assign(u, {
        group: owner.group,
        side: first.from,
        prep: owner.prep,
        prepAt: owner.prepAt,
      });
  }
}

/** Start of a plural common noun phrase ending at token `end` ('the mediators', 'three guarantors'), or -1. */
function commonHeadStart(tokens: Token[], end: number, sent: number): number {
  const head = tokens[end];
  if (!head || head.sent !== sent || head.pos !== 'NOUN' || head.cap) return -1;
  if (head.lemma === head.lower) return -1; // a plural: the lemma differs from the word
  let k = end;
  for (let t = tokens[k - 1]; t && t.sent === sent && !t.cap; t = tokens[k - 1]) {
    if (!HEAD_INNER.has(t.pos) && !OWNERS.has(t.lower)) break;
    k--;
  }
  return k;
}

/** Side of a unit in symmetric pairing: list members share one; any other unit is its own. */
export const sideOf = (u: Unit): number | Unit => u.side ?? u;

/** The units `s` pairs with in a symmetric relation among `members`: every other side. */
export function otherSides(members: Unit[], s: Unit): Unit[] {
  const own = sideOf(s);
  return members.filter((x) => x !== s && sideOf(x) !== own);
}
