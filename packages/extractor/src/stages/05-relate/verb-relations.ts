import { GERUND_PREPOSITIONS } from '../../util/gerund-prepositions';
import type { VerbTrigger } from '../../data/data-schemas';
import type { Token } from '../../types';
import { anaphoricTarget, askerOf } from './anaphora';
import { accusedOf, type Claim, claimOf } from './claims';
import { pastFormVerb, triggersOf } from './trigger-lookup';
import { acceptsEvents } from './constraints';
import { joinedByHyphen } from './compound-agents';
import { governedNominal } from './nominal-events';
import {
  type Clause,
  isPassive,
  objectOf,
  polarity,
  reciprocalAt,
  subjectOf,
  thingRelative,
} from './clause';
import type { Edges } from './emit';
import { otherSides } from './unit-lists';
import { relativeThingOwner } from './relative-owner';
import { eventAuthor, verbalAttack } from './verbal-attack';
import { controlPolarity, controlSubject } from './control-nouns';
import { verbLike } from './verb-like';
import type { Unit } from './units';

const FALLBACK_PREPS = ['of', 'for'];
// 'urged X to ...', 'invited X to join ...': the asked-for action has not happened.
const ASKING = new Set(['APPEALS_TO', 'DEMANDS', 'COERCES', 'INTENDS_TO_COOPERATE']);
const THAT_TARGET = new Set(['APPEALS_TO', 'DEMANDS']);
const REFUSALS = new Set(['refuse', 'decline']);

/** Subject-verb-object edges from verb triggers (passives, phrasal verbs, 'help X do Y', coordination). */
export function verbRelations(c: Clause, edges: Edges): void {
  const { tokens } = c.doc;
  let lastSubject: Unit[] = [];
  let firstSubject: Unit[] = [];
  // 'the territory, which belonged to Syria and was occupied by Israel': a verb coordinated in a
  // relative clause about a thing has that thing as its subject, not an actor before it
  let inThingRelative = false;
  for (let v = c.sentence.tokenStart; v < c.sentence.tokenEnd; v++) {
    const t = tokens[v]!;
    // Looked up only for verb-like tokens and nouns that may be a phrasal trigger.
    const verb = verbLike(t, tokens[v - 1], tokens[v + 1]) || pastFormVerb(c, v);
    // 'accused Ukraine of attacking Poland': the gerund after 'of' is the accused's act
    const accused = !verb && t.pos === 'VERB' ? accusedOf(c, v) : undefined;
    if (!verb && !accused && t.pos !== 'NOUN') continue;
    // 'the Iran-backed group': a compound adjective, not a verb of the clause (compound-agents.ts)
    if (v - 2 >= c.sentence.tokenStart && joinedByHyphen(tokens, v)) continue;
    // 'ordered the expulsion of X': the nominalised act is the trigger (nominal-events.ts)
    const governed = verb ? governedNominal(c, v) : undefined;
    const list = governed ? [governed.entry] : triggersOf(c, t);
    if (!verb && !accused && !phrasalNoun(c, v, list)) continue;
    const conjoined = afterConjunction(tokens, v);
    if (t.pos === 'VERB' && !conjoined) inThingRelative = thingRelative(c, v);
    // A verb no trigger entry applies to ('put X on a blacklist' without 'blacklist') still has a subject.
    if (!list || (!governed && !anyTriggerAt(c, list, v))) {
      if (t.pos === 'VERB' && !accused && !afterConjunction(tokens, v)) {
        const s = subjectOf(c, v);
        // 'accused X of trying to stage a coup and ordered ...': an infinitive's subject (X) is
        // not the one a later coordinated verb shares
        if (s.length && !isPassive(tokens, v) && tokens[v - 1]?.lower !== 'to') lastSubject = s;
        if (!firstSubject.length) firstSubject = lastSubject;
      }
      continue;
    }
    for (const entry of list) {
      const end = governed ? governed.end : triggerEnd(c, entry, v);
      if (end < 0) continue;
      // 'attacked the decision': a verbal attack, criticism of the decision's author
      const verbal = verbalAttack(c, entry, end);
      const trig = verbal?.trig ?? entry;
      // ', urging X to ...' / ', brokered by X': the clause before the comma gives the missing actor.
      const afterComma = tokens[v - 1]?.text === ',' && lastSubject.length > 0;
      const participle = afterComma && t.lower.endsWith('ing');
      // ', brokered by X' / 'a move criticised by X' / 'a deal brokered by X': a reduced passive.
      const reduced =
        (tokens[v - 1]?.text === ',' || tokens[v - 1]?.pos === 'NOUN') &&
        !t.lower.endsWith('ing') &&
        tokens[end]?.lower === 'by';
      // 'sent troops into Tigray after accusing the TPLF': a gerund after 'after/by/while/...'
      // has the subject of the clause it hangs on.
      const prepGerund =
        t.lower.endsWith('ing') && GERUND_PREPOSITIONS.has(tokens[v - 1]?.lower ?? '');
      // "Peru's decision to impose sanctions": the noun's owner acts
      const control = accused ? undefined : controlSubject(c, v);
      const coordinated =
        !accused &&
        !control &&
        (afterConjunction(tokens, v) || participle || prepGerund) &&
        lastSubject.length > 0;
      const subject =
        control?.subject ?? accused?.subject ?? (coordinated ? lastSubject : subjectOf(c, v));
      if (!coordinated && !accused && !control && irrealis(c, v, subject)) break;
      if (conjoined && inThingRelative && !accused && !commaConjunction(tokens, v)) break;
      const claim = accused?.claim ?? claimOf(c, subject, v, lastSubject);
      const passive = isPassive(tokens, v) || reduced;
      let sources = subject;
      let targets: Unit[];
      let fallback = false;
      if (passive) {
        targets = reduced
          ? reducedTarget(c, v, clauseSubject(c, v, [firstSubject, lastSubject, subject]))
          : subject;
        sources = objectOf(c, end, { preps: ['by'], maxDistance: 20 }).units;
      } else if (
        reciprocalAt(tokens, end) > 0 ||
        (trig.symmetric && subject.length > 1 && !hasTarget(c, end, trig))
      ) {
        // 'Armenia and Azerbaijan accused each other': every member towards every other.
        for (const s of subject)
          edges.add(edgeInput(c, trig, v, end, [s], otherSides(subject, s), 0.75, claim));
        if (subject.length && !passive) lastSubject = subject;
        if (!firstSubject.length) firstSubject = lastSubject;
        break;
      } else {
        // 'demanded that X withdraw', 'urged that X ...': the subject of the 'that' clause.
        const that = tokens[end]?.lower === 'that' && THAT_TARGET.has(trig.type) ? 1 : 0;
        // 'refused to meet X': X right after the verb refused ('refused to put its name' has none).
        const refused = tokens[end]?.lower === 'to' && REFUSALS.has(t.lemma) ? 2 : 0;
        const obj = verbal?.author
          ? { units: verbal.author, fallback: false }
          : objectOf(c, end + that + refused, {
              // A derived entry's required noun ('lodged a protest') is its object, not its target.
              skipEvents: !acceptsEvents(trig.type) || !!(trig.cameo && trig.requires),
              preps: trig.targetPreps,
              maxDistance: refused ? 1 : trig.targetWithin,
              // Derived CAMEO entries take only the positions their patterns name.
              fallbackPreps: trig.cameo ? undefined : trig.targetPreps ? ['of'] : FALLBACK_PREPS,
              fallbackDistance: 7,
            });
        targets = refused && ownerOfThing(c, obj.units[0]) ? [] : eventAuthor(c, trig, obj.units);
        if (!targets.length && c.kb.anaphoricTypes.has(trig.type))
          targets = relativeThingOwner(c, subject, v, end);
        fallback = obj.fallback;
        const earlier = !targets.length
          ? ((c.kb.anaphoricTypes.has(trig.type)
              ? anaphoricTarget(c, end, subject, edges)
              : undefined) ??
            (trig.type === 'REJECTS' ? askerOf(c, end, subject, edges) : undefined))
          : undefined;
        if (earlier) {
          const pol = polarity(c, Math.max(...subject.map((u) => u.to), c.sentence.tokenStart), v);
          const trigger = { start: t.start, end: tokens[end - 1]!.end };
          const input = {
            type: trig.type,
            sent: c.sentence.index,
            trigger,
            ...pol,
            confidence: 0.7,
            claim,
          };
          for (const s of subject) edges.pair(input, s.mention, undefined, earlier);
          if (!accused) lastSubject = subject;
          break;
        }
        // 'fought alongside X' / 'fought X': another entry of the lemma may take this object
        if (!targets.length && entry !== list[list.length - 1]) continue;
      }
      if (trig.reverse) [sources, targets] = [targets, sources];
      const subjEnd = coordinated
        ? v - 2
        : Math.max(...subject.map((u) => u.to), c.sentence.tokenStart);
      const pol = { ...polarity(c, subjEnd, v), ...controlPolarity(control) };
      edges.add({
        type: trig.type,
        sources,
        targets,
        sent: c.sentence.index,
        trigger: { start: t.start, end: tokens[end - 1]!.end },
        ...pol,
        confidence: fallback ? 0.6 : 0.85,
        claim,
      });
      // the accused (or a control noun's owner) is no subject for a verb coordinated after it
      if (subject.length && !passive && !accused && !control) lastSubject = subject;
      if (!firstSubject.length) firstSubject = lastSubject;
      break;
    }
  }
}

/** 'Pakistan shot down', 'had shot down': a phrasal trigger wink tagged as a noun, matched in full. */
function phrasalNoun(c: Clause, v: number, list: VerbTrigger[] | undefined): boolean {
  const { tokens } = c.doc;
  const prev = tokens[v - 1];
  if (!list || tokens[v]!.pos !== 'NOUN' || !prev) return false;
  if (prev.pos !== 'PROPN' && prev.pos !== 'PRON' && !(prev.pos === 'AUX' && prev.lemma === 'have'))
    return false;
  for (const trig of list) if (trig.phrase && triggerEnd(c, trig, v) > v + 1) return true;
  return false;
}

function anyTriggerAt(c: Clause, list: VerbTrigger[], v: number): boolean {
  for (const trig of list) if (triggerEnd(c, trig, v) >= 0) return true;
  return false;
}

/** The words of a phrasal trigger after the verb ('shot down' -> ['down']), split once. */
const phraseRest = new Map<string, string[]>();
function restOf(phrase: string): string[] {
  let rest = phraseRest.get(phrase);
  if (rest === undefined) phraseRest.set(phrase, (rest = phrase.split(' ').slice(1)));
  return rest;
}

/** `requires` as a set, made once per entry (derived entries list up to ~60 words). */
const requiredSets = new WeakMap<VerbTrigger, Set<string>>();
function requiredWords(trig: VerbTrigger): Set<string> {
  let set = requiredSets.get(trig);
  if (!set) requiredSets.set(trig, (set = new Set(trig.requires)));
  return set;
}

/** Token after the trigger (phrase words included), or -1 when the entry does not apply. */
function triggerEnd(c: Clause, trig: VerbTrigger, v: number): number {
  const { tokens } = c.doc;
  let end = v + 1;
  if (trig.phrase) {
    for (const w of restOf(trig.phrase)) {
      if (tokens[end]?.lower !== w) return -1;
      end++;
    }
  }
  if (trig.requires) {
    const limit = Math.min(c.sentence.tokenEnd, end + (trig.requiresWithin ?? 10));
    let found = false;
    // Derived entries name the verb's object noun: a verb of that lemma is no match.
    const words = requiredWords(trig);
    for (let k = end; k < limit && !found; k++)
      found = words.has(tokens[k]!.lemma) && !(trig.cameo && tokens[k]!.pos === 'VERB');
    if (!found) return -1;
  }
  return end;
}

/** 'its name': a possessive pronoun before a noun owns the thing, it is not the object. */
function ownerOfThing(c: Clause, u: Unit | undefined): boolean {
  const { tokens } = c.doc;
  if (!u || u.mention.tokenEnd - u.mention.tokenStart !== 1) return false;
  const p = c.kb.pronouns.get(tokens[u.mention.tokenStart]!.lower);
  return !!p?.possessive && tokens[u.mention.tokenEnd]?.pos === 'NOUN';
}

/**
 * 'urged China to press Russia': the action someone is asked to take is not an event (yet);
 * 'refused to meet X': nor is the one refused (the refusal is the event).
 */
function irrealis(c: Clause, v: number, subject: Unit[]): boolean {
  const { tokens } = c.doc;
  if (tokens[v - 1]?.lower !== 'to' || subject.length === 0) return false;
  const before = tokens[v - 2];
  if (before?.pos === 'VERB' && REFUSALS.has(before.lemma)) return true;
  const asker = tokens[subject[0]!.from - 1];
  if (!asker || asker.pos !== 'VERB') return false;
  return (c.kb.verbTriggers.get(asker.lemma) ?? []).some((x) => ASKING.has(x.type));
}

/** 'a move criticised by X': the sentence's first subject made the move; ', brokered by X': the last one. */
function clauseSubject(c: Clause, v: number, [first, last, own]: Unit[][]): Unit[] {
  if (c.doc.tokens[v - 1]!.pos !== 'NOUN') return [last, own].find((x) => x.length) ?? [];
  // 'a truce between X and Y ..., a deal brokered by Z': the parties, when there is no subject.
  const parties = c.units.filter((u) => u.prep === 'between' && u.to <= v);
  const actors = (x: Unit[]) => x.filter((u) => u.mention.ref?.type !== 'Event');
  return [first, last, own, parties].map(actors).find((x) => x.length) ?? [];
}

/** 'X, led by Y,': the actor right before the comma; 'agreed to a truce, brokered by Y': the clause subject. */
function reducedTarget(c: Clause, v: number, lastSubject: Unit[]): Unit[] {
  const before = c.units.find((u) => u.to === v - 1 && !u.prep && u.mention.ref?.type !== 'Event');
  return before ? c.groups[before.group]! : lastSubject;
}

/** ', and crush ...': a comma before the conjunction joins a verb to the main clause, not a relative one. */
function commaConjunction(tokens: Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[k]!.pos)) k--;
  return tokens[k - 1]?.text === ',';
}

function afterConjunction(tokens: Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[k]!.pos)) k--;
  return tokens[k]?.pos === 'CCONJ';
}

function hasTarget(c: Clause, end: number, trig: VerbTrigger): boolean {
  return objectOf(c, end, { preps: trig.targetPreps }).units.length > 0;
}

function edgeInput(
  c: Clause,
  trig: VerbTrigger,
  v: number,
  end: number,
  sources: Unit[],
  targets: Unit[],
  confidence: number,
  claim: Claim | undefined,
) {
  const t = c.doc.tokens[v]!;
  const pol = polarity(c, Math.max(...sources.map((u) => u.to), c.sentence.tokenStart), v);
  return {
    type: trig.type,
    sources,
    targets,
    sent: c.sentence.index,
    trigger: { start: t.start, end: c.doc.tokens[end - 1]!.end },
    ...pol,
    confidence,
    claim,
  };
}
