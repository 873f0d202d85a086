import type { RelationType } from '@kg/schema';
import type { VerbTrigger } from '../../data/data-schemas';
import type { Clause } from './clause';
import type { Unit } from './units';

const PHYSICAL = new Set<RelationType>(['ATTACKS', 'ASSAULTS']);
const OPENERS = new Set(['DET', 'ADJ', 'NUM']);
/** 'the planned conversion': a participle may open a thing's noun phrase. */
const THING_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'VERB']);
const BY_THING = new Set<RelationType>([
  'CRITICIZES',
  'REJECTS',
  'THREATENS',
  'SUPPORTS',
  'COOPERATES_DIPLOMATICALLY',
]);
const POSSESSIVE = new Set(["'s", '’s']);
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);
/** How far after the noun its 'by' may be, and the author after 'by'. */
const BY_REACH = 12;
const AUTHOR_REACH = 6;

/**
 * 'Erdogan attacked the proclamation of X as Israeli territory by Trump', 'attacked Iran's plan':
 * an attack on a statement or decision (the anaphoric nouns: 'move', 'decision', 'proclamation',
 * ...) is criticism of its author: the possessor, else the actor after 'by', else (no `author`)
 * the author of the latest action ('attacked the decision'). Undefined when the trigger is no
 * attack or its object no such noun.
 */
export function verbalAttack(
  c: Clause,
  trig: VerbTrigger,
  end: number,
): { trig: VerbTrigger; author?: Unit[] } | undefined {
  if (!PHYSICAL.has(trig.type)) return byThing(c, trig, end);
  const { tokens } = c.doc;
  const skip = (k: number) => {
    while (k < c.sentence.tokenEnd && (OPENERS.has(tokens[k]!.pos) || OWNERS.has(tokens[k]!.lower)))
      k++;
    return k;
  };
  let k = skip(end);
  const owner = c.units.find(
    (u) => u.from === k && !u.prep && POSSESSIVE.has(tokens[u.mention.tokenEnd]?.lower ?? ''),
  );
  if (owner) k = skip(owner.mention.tokenEnd + 1);
  const noun = tokens[k];
  if (k === end || !noun || noun.pos !== 'NOUN' || !c.kb.anaphoricNouns.has(noun.lemma))
    return undefined;
  if (tokens[k + 1]?.pos === 'NOUN') return undefined; // 'attacked the ban area': not the head
  const criticism: VerbTrigger = { ...trig, type: 'CRITICIZES', reverse: false, symmetric: false };
  const author = owner ? c.groups[owner.group] : byAuthor(c, k);
  return { trig: criticism, author };
}

/**
 * 'criticised the planned conversion by Turkey', 'rejected the proposal made by Iran': criticism
 * or a refusal of a thing is aimed at the actor after 'by' (only when the object is no actor).
 */
function byThing(
  c: Clause,
  trig: VerbTrigger,
  end: number,
): { trig: VerbTrigger; author: Unit[] } | undefined {
  if (!BY_THING.has(trig.type) || trig.reverse) return undefined;
  const { tokens } = c.doc;
  let k = end;
  while (
    k < c.sentence.tokenEnd &&
    (THING_OPENERS.has(tokens[k]!.pos) || OWNERS.has(tokens[k]!.lower))
  )
    k++;
  if (k === end && tokens[k]?.pos !== 'NOUN') return undefined;
  while (tokens[k + 1]?.pos === 'NOUN') k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || noun.cap) return undefined;
  const inside = c.units.filter((u) => u.from <= k && u.to > end - 1 && u.from >= end);
  if (inside.length) return undefined;
  // 'condemned the Ugandan raid', 'welcomed the Chilean decision': the demonym's country acted.
  const named = c.mentions.filter((m) => m.ref && m.tokenStart >= end && m.tokenEnd <= k);
  const demonym = named.length === 1 && named[0]!.kind === 'demonym' ? named[0]! : undefined;
  if (demonym && isAct(c, noun.lemma))
    return {
      trig,
      author: [{ mention: demonym, from: demonym.tokenStart, to: demonym.tokenEnd, group: -1 }],
    };
  // 'the proposal made by Iran': a participle between the noun and 'by'
  const participle = tokens[k + 1]?.pos === 'VERB' && tokens[k + 2]?.lower === 'by' ? 1 : 0;
  const author = byAuthor(c, k + participle);
  return author?.length ? { trig, author } : undefined;
}

/** A noun that names an act someone is the author of ('decision', 'raid', 'attack'). */
const isAct = (c: Clause, lemma: string) =>
  c.kb.anaphoricNouns.has(lemma) || c.kb.eventHeads.get(lemma) === 'attack';

/** The first actor after 'by' following the noun at `n` in the same clause. */
function byAuthor(c: Clause, n: number): Unit[] | undefined {
  const { tokens } = c.doc;
  const limit = Math.min(c.sentence.tokenEnd, n + BY_REACH);
  for (let k = n + 1; k < limit; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return undefined;
    if (t.lower !== 'by') continue;
    const u = c.units.find(
      (x) =>
        x.mention.tokenStart > k &&
        x.mention.tokenStart - k <= AUTHOR_REACH &&
        x.mention.ref?.type !== 'Event' &&
        x.mention.ref?.type !== 'Location',
    );
    return u && (c.groups[u.group] ?? [u]);
  }
  return undefined;
}

/** Verbal reactions aimed at the author of an act: 'condemned Israel's aggression'. */
const AT_AUTHOR = new Set<RelationType>([...BY_THING, 'PROTESTS_AGAINST', 'DEMANDS']);

/**
 * "Kenya condemned Uganda's attack on Tanzania", "welcomed Chile's decision": a verbal reaction to
 * an actor's event is aimed at that actor (the possessor), not at the event. `targets` unchanged
 * when they are not one event with an actor as possessor.
 */
export function eventAuthor(c: Clause, trig: VerbTrigger, targets: Unit[]): Unit[] {
  const only = targets.length === 1 ? targets[0]!.mention : undefined;
  if (!only || only.ref?.type !== 'Event' || !AT_AUTHOR.has(trig.type) || trig.reverse)
    return targets;
  const { tokens } = c.doc;
  let k = only.tokenStart - 1;
  while (k > c.sentence.tokenStart && OPENERS.has(tokens[k]!.pos) && !tokens[k]!.cap) k--;
  if (!POSSESSIVE.has(tokens[k]?.lower ?? '')) {
    if (only.ref.eventClass !== 'attack') return targets;
    // 'condemned the Ugandan attack': a demonym right before the attack is its author.
    const demonym = c.mentions.find((m) => m.tokenEnd === only.tokenStart && m.kind === 'demonym');
    if (demonym?.ref)
      return [{ mention: demonym, from: demonym.tokenStart, to: demonym.tokenEnd, group: -1 }];
    // 'condemned the attack by Hamas': the actor after 'by' is its author.
    const by = byAuthor(c, only.tokenEnd - 1);
    return by?.length ? by : targets;
  }
  const owner = c.mentions.find(
    (m) => m.tokenEnd === k && m.ref && m.ref.type !== 'Event' && m.ref.type !== 'Location',
  );
  return owner
    ? [{ mention: owner, from: owner.tokenStart, to: owner.tokenEnd, group: -1 }]
    : targets;
}
