import type { RelationType } from '@kg/schema';
import { type Clause, polarity, subjectOf } from './clause';
import type { Edges } from './emit';
import { speakerOf } from './judgements';
import type { Unit } from './units';

/** Nouns for what one actor asks of another. */
const REQUESTS = new Set([
  'request',
  'behest',
  'plea',
  'wish',
  'demand',
  'order',
  'command',
  'ultimatum',
]);
/** The request nouns that are demands ('order', 'ultimatum'); the others appeal. */
const DEMAND_NOUNS = new Set(['demand', 'order', 'command', 'ultimatum']);
/** 'complied with', 'agreed to', 'bowed to': the request follows the preposition. */
const YIELD_PREP: Record<string, string> = {
  comply: 'with',
  agree: 'to',
  accede: 'to',
  bow: 'to',
  yield: 'to',
  submit: 'to',
};
/** 'accepted / heeded / granted X's request': the request is the direct object. */
const YIELD_DIRECT = new Set([
  'accept',
  'heed',
  'grant',
  'honour',
  'honor',
  'obey',
  'fulfil',
  'fulfill',
]);
const REFUSALS = new Set(['refuse', 'decline']);
const ASKING = new Set<RelationType>(['APPEALS_TO', 'DEMANDS', 'COERCES']);
const POSSESSIVE = new Set(["'s", '’s']);
const OWNER_PREPS = new Set(['of', 'by', 'from']);

/**
 * 'Chile complied with Peru's request', 'agreed to the demand of Peru', 'at Peru's request, Chile
 * sent troops': the asker APPEALS_TO (DEMANDS of) the actor asked, who YIELDS to it after a
 * complying verb ('refused to comply with' REJECTS it). Nothing when the request has no actor as
 * owner or no complying verb.
 */
export function requestRelations(c: Clause, edges: Edges): void {
  const { tokens } = c.doc;
  for (let n = c.sentence.tokenStart + 1; n < c.sentence.tokenEnd; n++) {
    const t = tokens[n]!;
    if (t.pos !== 'NOUN' || !REQUESTS.has(t.lemma)) continue;
    const own = owner(c, n);
    if (!own) continue;
    let p = own.start - 1;
    while (p > c.sentence.tokenStart && ['DET', 'ADJ'].includes(tokens[p]!.pos)) p--;
    const v = governor(c, p);
    if (v < 0) continue;
    const subject = speakerOf(c, v).filter((u) => !own.units.includes(u));
    if (!subject.length || asked(c, v, subject)) continue;
    const refused = tokens[v - 1]?.lower === 'to' && REFUSALS.has(tokens[v - 2]?.lemma ?? '');
    const trigger = { start: tokens[Math.min(v, p)]!.start, end: t.end };
    // The request itself was made, whatever the answer: the asker appeals to (demands of) the subject.
    edges.add({
      type: DEMAND_NOUNS.has(t.lemma) ? 'DEMANDS' : 'APPEALS_TO',
      sources: own.units,
      targets: subject,
      sent: c.sentence.index,
      trigger,
      confidence: 0.75,
    });
    // 'at X's request, Y did ...' names the request; a complying verb names the yielding.
    if (tokens[p]!.lower === 'at') continue;
    edges.add({
      type: refused ? 'REJECTS' : 'YIELDS',
      sources: subject,
      targets: own.units,
      sent: c.sentence.index,
      trigger,
      ...polarity(c, Math.max(...subject.map((u) => u.to)), v),
      confidence: 0.8,
    });
  }
}

/** The asker: a possessive right before the noun ('Peru's request') or 'of/by/from X' after it. */
function owner(c: Clause, n: number): { units: Unit[]; start: number } | undefined {
  const { tokens } = c.doc;
  const isActor = (u: Unit) =>
    u.mention.ref?.type !== 'Event' && u.mention.ref?.type !== 'Location';
  let k = n - 1;
  while (k > c.sentence.tokenStart && tokens[k]!.pos === 'ADJ') k--;
  if (POSSESSIVE.has(tokens[k]!.lower)) {
    const u = c.units.find((x) => x.mention.tokenEnd === k && isActor(x));
    return u && { units: c.groups[u.group]!, start: u.from };
  }
  const after = c.units.find(
    (x) => x.prepAt === n + 1 && OWNER_PREPS.has(x.prep ?? '') && isActor(x),
  );
  return after && { units: c.groups[after.group]!, start: n };
}

/** The verb that complies with the request whose phrase starts after `p`, or -1. */
function governor(c: Clause, p: number): number {
  const { tokens } = c.doc;
  const t = tokens[p]!;
  if (t.pos === 'VERB' && YIELD_DIRECT.has(t.lemma)) return p;
  const verb = tokens[p - 1];
  if (verb?.pos === 'VERB' && YIELD_PREP[verb.lemma] === t.lower) return p - 1;
  // 'At Peru's request, Chile sent troops' / 'Chile sent troops at Peru's request'
  if (t.lower !== 'at') return -1;
  for (let k = p - 1; k >= c.sentence.tokenStart; k--) if (tokens[k]!.pos === 'VERB') return k;
  for (let k = p + 1; k < c.sentence.tokenEnd; k++)
    if (tokens[k]!.pos === 'VERB' && subjectOf(c, k).length) return k;
  return -1;
}

/** 'urged Chile to comply with Peru's request': the compliance is only asked for. */
function asked(c: Clause, v: number, subject: Unit[]): boolean {
  const { tokens } = c.doc;
  if (tokens[v - 1]?.lower !== 'to') return false;
  const asker = tokens[subject[0]!.from - 1];
  if (!asker || asker.pos !== 'VERB') return false;
  return (c.kb.verbTriggers.get(asker.lemma) ?? []).some((x) => ASKING.has(x.type));
}
