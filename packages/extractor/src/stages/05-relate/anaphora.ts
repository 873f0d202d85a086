import type { RelationType } from '@kg/schema';
import type { EntityRef } from '../../types';
import type { Clause } from './clause';
import type { Edges } from './emit';
import type { Unit } from './units';

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
const STRUCTURAL = new Set<RelationType>([
  'HOLDS_ROLE',
  'AFFILIATED_WITH',
  'MEMBER_OF',
  'PART_OF',
  'QUOTES',
]);
/** How many sentences back the action may be: any action, and one aimed at the subject. */
const REACH = 2;
const AIMED_REACH = 8;

/**
 * 'The ICC issued a warrant for Putin. Russia dismissed the move.': an object like 'the move'
 * stands for the latest action before it, so its actor is the target. Undefined when the object
 * is no such noun phrase or no earlier action by another actor is near.
 */
export function anaphoricTarget(
  c: Clause,
  end: number,
  subject: Unit[],
  edges: Edges,
): EntityRef | undefined {
  const { tokens } = c.doc;
  if (!DETERMINERS.has(tokens[end]?.lower ?? '')) return undefined;
  let k = end + 1;
  while (k < end + 4 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PUNCT')) k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || !c.kb.anaphoricNouns.has(noun.lemma)) return undefined;
  if (tokens[k + 1]?.pos === 'NOUN') return undefined; // 'the move ban': not the head
  const own = new Set(subject.map((u) => u.mention.ref?.id));
  const recent = (reach: number) =>
    edges.list.filter((r) => r.sent >= c.sentence.index - reach && !STRUCTURAL.has(r.type));
  // 'China dismissed the complaint': first an action aimed at the subject, then any other actor's.
  const aimed = recent(AIMED_REACH).findLast((r) => own.has(r.target.id) && !own.has(r.source.id));
  // Reactions ('Russia rejected it') are not the decision others then welcome.
  const action = recent(REACH).findLast(
    (r) => !own.has(r.source.id) && !c.kb.anaphoricTypes.has(r.type),
  );
  return (aimed ?? action)?.source;
}

const ASKS = new Set<RelationType>(['APPEALS_TO', 'DEMANDS']);

/**
 * 'Norway urged Sweden to extradite him. Sweden refused (to do so).': a refusal with no actor
 * object rejects whoever last asked the subject, in this sentence or the two before. Undefined
 * when the verb has an object of its own ('refused the offer') or nobody asked.
 */
export function askerOf(
  c: Clause,
  end: number,
  subject: Unit[],
  edges: Edges,
): EntityRef | undefined {
  const next = c.doc.tokens[end];
  if (next && next.pos !== 'PUNCT' && next.lower !== 'to' && next.pos !== 'ADV') return undefined;
  const own = new Set(subject.map((u) => u.mention.ref?.id));
  if (!own.size) return undefined;
  return edges.list.findLast(
    (r) =>
      r.sent >= c.sentence.index - REACH &&
      ASKS.has(r.type) &&
      own.has(r.target.id) &&
      !own.has(r.source.id),
  )?.source;
}
