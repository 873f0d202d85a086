import type { Modality } from '@kg/schema';
import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, RecognisedDoc, Sentence, Token } from '../../types';
import type { Unit } from './units';

const HARD_STOPS = new Set([
  ';',
  ':',
  'that',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'but',
  'after',
  'before',
  'when',
]);
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);
const NEW_SUBJECT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const LIST_OPENERS = new Set(['including', 'notably', 'especially', 'particularly']);
const RELATIVES = new Set(['who', 'that', 'which']);
const OWNED_POS = new Set(['NOUN', 'ADJ']);
const RECIPROCAL = [
  ['each', 'other'],
  ['one', 'another'],
];

export interface Clause {
  doc: RecognisedDoc;
  sentence: Sentence;
  units: Unit[];
  /** Units by coordination group, in token order (`groups[u.group]` holds `u`). */
  groups: Unit[][];
  /** All mentions of the sentence (modifiers included). */
  mentions: DocMention[];
  kb: KnowledgeBase;
}

function isStop(t: Token, next: Token | undefined): boolean {
  if (!HARD_STOPS.has(t.lower)) return false;
  if (t.lower === 'that' && (!next || next.pos === 'ADP' || next.pos === 'PUNCT')) return false;
  return t.pos === 'SCONJ' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADP';
}

/** The coordination group that is the subject of the verb at `v`: nearest prepositionless group before it. */
export function subjectOf(c: Clause, v: number): Unit[] {
  const { tokens } = c.doc;
  const relative = relativeAntecedent(c, v);
  if (relative) return relative;
  const quoted = tokens[v]!.quoted;
  let best: Unit | undefined;
  for (const u of c.units) {
    if (u.to > v) break;
    if (u.prep || tokens[u.mention.tokenStart]!.quoted !== quoted) continue;
    best = u;
  }
  if (!best) return [];
  // 'drivers who back Bolsonaro blocked ...': skip the object of a relative clause.
  const rel = tokens[best.from - 2];
  if (tokens[best.from - 1]?.pos === 'VERB' && rel && RELATIVES.has(rel.lower)) {
    best = lastBefore(c.units, best.from - 2);
    if (!best) return [];
  }
  // 'Iran, which arms Hezbollah, welcomed ...': skip a non-restrictive relative clause.
  best = parentheticalAntecedent(c, best, v) ?? best;
  best = memberApposition(c, best, v) ?? best;
  for (let k = best.to; k < v; k++) if (isStop(tokens[k]!, tokens[k + 1])) return [];
  return c.groups[best.group]!;
}

/** 'the territory, which belonged to Syria': `v` opens a relative clause on something that is no actor. */
export function thingRelative(c: Clause, v: number): boolean {
  return relativeAntecedent(c, v)?.length === 0;
}

/** The last prepositionless unit ending at or before `at`. */
function lastBefore(units: Unit[], at: number): Unit | undefined {
  let last: Unit | undefined;
  for (const u of units) if (u.to <= at && !u.prep) last = u;
  return last;
}

/**
 * 'the bombing that killed 40 police', 'Hamas, which rules Gaza': the subject of a verb right after
 * a relative pronoun is its antecedent; when the antecedent is no actor, the verb has no subject
 * (undefined when the verb does not open a relative clause or follows an action noun).
 */
function relativeAntecedent(c: Clause, v: number): Unit[] | undefined {
  const { tokens } = c.doc;
  let r = v - 1;
  while (r > c.sentence.tokenStart && VERB_GROUP.has(tokens[r]!.pos)) r--;
  // 'Eritrea, whose troops have fought ...': the owner of the relative's noun acts
  let w = r;
  while (w > c.sentence.tokenStart && OWNED_POS.has(tokens[w]!.pos) && !tokens[w]!.cap) w--;
  if (w < r && tokens[w]!.lower === 'whose') r = w;
  else if (r <= c.sentence.tokenStart || !RELATIVES.has(tokens[r]!.lower)) return undefined;
  const end = tokens[r - 1]!.text === ',' ? r - 1 : bracketStart(c, r);
  const ante = c.units.find((u) => u.to === end && u.mention.ref?.type !== 'Event');
  // 'Israel began with air strikes that killed X': an action noun's agent is the clause subject.
  if (!ante) return c.kb.nounTriggers.has(tokens[end - 1]!.lemma) ? undefined : [];
  return c.groups[ante.group]!;
}

/** 'the Organization (UNESCO) who ...': a bracketed acronym before the relative belongs to its antecedent. */
function bracketStart(c: Clause, r: number): number {
  const { tokens } = c.doc;
  if (tokens[r - 1]!.text !== ')') return r;
  for (let q = r - 2; q > c.sentence.tokenStart && q > r - 6; q--)
    if (tokens[q]!.text === '(') return q;
  return r;
}

/** The actor before ', which/who ... ,' when `inner` sits inside that clause and it closes before `v`. */
/**
 * 'X, a Republican senator, criticised Y': the party in an apposition with a member title is not
 * who acts; the person before the comma is. Undefined unless `inner` is such a party.
 */
function memberApposition(c: Clause, inner: Unit, v: number): Unit | undefined {
  const { tokens } = c.doc;
  const type = inner.mention.ref?.type;
  if (type !== 'Organization' && type !== 'Group') return undefined;
  let open = inner.from - 1;
  if (['a', 'an', 'the'].includes(tokens[open]?.lower ?? '')) open--;
  if (tokens[open]?.text !== ',') return undefined;
  let k = inner.to;
  while (k < v && tokens[k]!.text !== ',') k++;
  if (k >= v || !c.kb.titles.get(tokens[k - 1]!.lower)?.some((e) => e.member)) return undefined;
  const person = c.units.find((u) => u.to === open && !u.prep);
  return person?.mention.ref?.type === 'Person' ? person : undefined;
}

function parentheticalAntecedent(c: Clause, inner: Unit, v: number): Unit | undefined {
  const { tokens } = c.doc;
  let close = -1;
  for (let k = inner.to; k < v; k++) if (tokens[k]!.text === ',') close = k;
  if (close < 0) return undefined;
  for (let r = inner.mention.tokenStart - 1; r > c.sentence.tokenStart + 1; r--) {
    const t = tokens[r]!;
    if (t.text === ',' || t.pos === 'PUNCT') return undefined;
    if (t.lower !== 'which' && t.lower !== 'who') continue;
    if (tokens[r - 1]!.text !== ',') return undefined;
    return c.units.find((u) => u.to === r - 1 && !u.prep && u.mention.ref?.type !== 'Event');
  }
  return undefined;
}

export interface ObjectSpec {
  preps?: string[];
  /** Also accept a prepositional object when the direct object is not an actor ('reject that as a pretext for an invasion'). */
  fallbackPreps?: string[];
  /** The fallback unit must start within this many tokens of the verb. */
  fallbackDistance?: number;
  maxDistance?: number;
  /** Look past event units ('fought a war with X': the war is no target of an attack). */
  skipEvents?: boolean;
}

/** The target group after `end` (exclusive end of the verb phrase). */
export function objectOf(
  c: Clause,
  end: number,
  spec: ObjectSpec,
): { units: Unit[]; fallback: boolean } {
  const { tokens } = c.doc;
  const preps = spec.preps ?? ['direct'];
  const limit = Math.min(c.sentence.tokenEnd, end + (spec.maxDistance ?? 14));
  let stop = limit;
  for (let k = end; k < limit; k++) {
    const t = tokens[k]!;
    if (
      isStop(t, tokens[k + 1]) ||
      t.quoted !== tokens[end - 1]!.quoted ||
      newClause(tokens, k) ||
      (k > end && (nounParticiple(tokens, k) || coordinatedVerb(tokens, end, k)))
    ) {
      stop = k;
      break;
    }
  }
  const fallbackPreps = spec.fallbackPreps;
  const near = spec.fallbackDistance ?? 10;
  // The first unit in the window with an accepted preposition (or none), else the first fallback.
  let fb: Unit | undefined;
  for (const u of c.units) {
    if (
      u.from < end - 1 ||
      u.mention.tokenStart < end ||
      u.from >= stop ||
      (spec.skipEvents && u.mention.ref?.type === 'Event')
    )
      continue;
    const prep = prepOf(u, end);
    if (prep ? preps.includes(prep) : preps.includes('direct'))
      return { units: c.groups[phraseHead(c, u).group]!, fallback: false };
    if (
      !fb &&
      fallbackPreps &&
      prep &&
      fallbackPreps.includes(prep) &&
      u.from - end <= near &&
      !(spec.preps && foreignPrep(tokens, end, u.prepAt!, spec.preps))
    )
      fb = u;
  }
  return fb
    ? { units: c.groups[phraseHead(c, fb).group]!, fallback: true }
    : { units: [], fallback: false };
}

/**
 * 'killed Hamas commander Ahmed Jabari': an actor naming the body of a title is no object of its
 * own; the person after it, whose phrase starts where the body's ends, heads the phrase.
 */
function phraseHead(c: Clause, u: Unit): Unit {
  const head = c.units.find(
    (x) => x.from === u.to && !x.prep && x.mention.tokenStart > u.mention.tokenStart,
  );
  return head ?? u;
}

/**
 * A preposition the verb does not take between the verb and a fallback object: the object
 * belongs to an adverbial phrase ('fired rockets in support of Hamas'), not to the verb. Only
 * for verbs with target prepositions: others take an object after 'as' ('reject that as a
 * pretext for an invasion').
 */
function foreignPrep(tokens: Token[], from: number, to: number, preps: string[]): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' && t.lower !== 'of' && !preps.includes(t.lower)) return true;
  }
  return false;
}

// A module-level helper, not a closure made on every call (hot path: one call per candidate verb).
const prepOf = (u: Unit, end: number) =>
  u.prepAt !== undefined && u.prepAt >= end ? u.prep : undefined;

/** Passive: a form of 'be' right before a participle ('was quoted', 'had been labelled'). */
export function isPassive(tokens: Token[], v: number): boolean {
  const verb = tokens[v]!;
  if (verb.lower.endsWith('ing')) return false;
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    const t = tokens[k]!;
    if (t.lemma === 'be') return true;
    if (!VERB_GROUP.has(t.pos)) return false;
  }
  return false;
}

/** Negation and modality from the words between the subject and the trigger. */
export function polarity(
  c: Clause,
  from: number,
  v: number,
): { negated: boolean; modality: Modality } {
  const { tokens } = c.doc;
  const mod = c.kb.modality;
  let negated = false;
  let modality: Modality = 'asserted';
  for (let k = Math.max(from, v - 8); k < v; k++) {
    const t = tokens[k]!;
    if (c.kb.negation.has(t.lower) && (t.pos === 'PART' || t.pos === 'ADV' || t.lower === "n't"))
      negated = true;
    // 'Ukraine denied attacking Poland': no positive edge
    if (mod.denied.lemmas.includes(t.lemma)) {
      modality = stronger(modality, 'denied');
      negated = true;
    }
    if (mod.possible.words.includes(t.lower)) modality = stronger(modality, 'possible');
    if (
      mod.expected.words.includes(t.lower) ||
      (t.pos === 'VERB' && mod.expected.lemmas.includes(t.lemma))
    )
      modality = stronger(modality, 'expected');
    if (
      mod.reported.words.includes(t.lower) ||
      (t.pos === 'VERB' && mod.reported.lemmas.includes(t.lemma))
    )
      modality = stronger(modality, 'reported');
  }
  return { negated, modality };
}

const RANK: Record<Modality, number> = {
  asserted: 0,
  reported: 1,
  claimed: 2,
  expected: 3,
  possible: 4,
  denied: 5,
};
const stronger = (a: Modality, b: Modality): Modality => (RANK[b] > RANK[a] ? b : a);

/** ', and the Supreme Court ordered': a comma + conjunction followed soon by a verb starts a new clause. */
function newClause(tokens: Token[], k: number): boolean {
  if (tokens[k]!.text === ',') {
    // ', including Argentina, Chile and Peru': examples of the object, not a new clause
    if (LIST_OPENERS.has(tokens[k + 1]?.lower ?? '')) return false;
    // ', the Foreign Office said' / ', killing three': a verb right after the comma.
    for (let j = k + 1; j < k + 7 && j < tokens.length; j++) {
      if (tokens[j]!.pos === 'VERB') return true;
      if (tokens[j]!.pos === 'PUNCT' || tokens[j]!.pos === 'CCONJ') return false;
    }
    return false;
  }
  if (tokens[k]!.pos !== 'CCONJ' || tokens[k - 1]?.text !== ',') return false;
  for (let j = k + 1; j < k + 6 && j < tokens.length; j++) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return true;
    if (tokens[j]!.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * 'issued a statement urging X', 'released a communique criticising X': an '-ing' verb right
 * after a common noun opens a participial phrase; what follows is its object, not the main verb's.
 */
function nounParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1]!;
  return t.pos === 'VERB' && t.lower.endsWith('ing') && prev.pos === 'NOUN' && !prev.cap;
}

/**
 * 'welcomed the agreement and urged both sides to ...', 'welcomed the deal and Peru rejected it':
 * 'and' + a verb (or a new subject and a verb) after the object starts a second verb phrase,
 * whose object is its own ('criticised and condemned X' shares X: no object before the 'and').
 */
function coordinatedVerb(tokens: Token[], end: number, k: number): boolean {
  if (tokens[k]!.pos !== 'CCONJ') return false;
  let j = k + 1;
  // 'and Peru rejected it': a subject of its own may come first
  while (j < k + 5 && j < tokens.length && NEW_SUBJECT.has(tokens[j]!.pos)) j++;
  let aux = false;
  for (; j < tokens.length && VERB_GROUP.has(tokens[j]!.pos); j++)
    if (tokens[j]!.pos === 'AUX') aux = true;
  const verb = tokens[j];
  // a finite verb: inflected ('urged', 'said') or after an auxiliary; 'and tear gas' is none
  if (verb?.pos !== 'VERB' || (!aux && verb.lower === verb.lemma)) return false;
  for (let i = end; i < k; i++)
    if (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN') return true;
  return false;
}

/** 'accused each other', 'met one another': end of the reciprocal phrase after `end`, or -1. */
export function reciprocalAt(tokens: Token[], end: number): number {
  for (const [a, b] of RECIPROCAL)
    if (tokens[end]?.lower === a && tokens[end + 1]?.lower === b) return end + 2;
  return -1;
}
