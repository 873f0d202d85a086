import { CALENDAR_WORDS } from '../../util/calendar-words';
import type { NounTrigger } from '../../data/data-schemas';
import { type Clause, isPassive, polarity, subjectOf } from './clause';
import type { Edges } from './emit';
import { type ControlSubject, controlPolarity, controlSubject } from './control-nouns';
import { otherSides } from './unit-lists';
import type { Unit } from './units';

const NP_INNER = new Set(['ADJ', 'NOUN', 'CCONJ', 'DET', 'NUM']);
const BRIDGE = new Set(['VERB', 'ADV', 'ADJ']);

/** Nominal triggers: 'sanctions imposed on Russia', 'EU sanctions', 'talks with Putin', 'Russia's invasion of Ukraine'. */
export function nounRelations(c: Clause, edges: Edges): void {
  const { tokens } = c.doc;
  for (let n = c.sentence.tokenStart; n < c.sentence.tokenEnd; n++) {
    const t = tokens[n]!;
    if (t.pos !== 'NOUN') continue;
    const trig = c.kb.nounTriggers.get(t.lemma);
    if (!trig) continue;
    if (trig.appositive) {
      appositiveRelation(c, n, trig, edges);
      continue;
    }
    if (trig.inFrame.length && tokens[n - 1]?.lower === 'in') {
      inFrameRelation(c, n, trig, edges);
      continue;
    }
    const targets = after(c, n, trig.targetPreps);
    if (!targets.length) targets.push(...demonymAfter(c, n, trig.targetPreps));
    let sources = modifierSource(c, n);
    if (!sources.length) sources = after(c, n, trig.sourcePreps);
    if (!sources.length) sources = appositionOwner(c, n);
    let gov = -1;
    if (!targets.length && sources.length && trig.patientGovernors.length) {
      // 'Putin faces an ICC arrest warrant', 'Russia faces new EU sanctions': the subject is hit
      gov = governor(c, n, trig.patientGovernors);
      if (gov >= 0 && !isPassive(tokens, gov)) targets.push(...subjectOf(c, gov));
    }
    let control: ControlSubject | undefined;
    if (!sources.length) {
      gov = governor(c, n, trig.governors);
      // "Britain's offer to hold talks with X": the control noun's owner, the act expected
      control = gov >= 0 ? controlSubject(c, gov) : undefined;
      if (gov >= 0 && !isPassive(tokens, gov)) sources = control?.subject ?? subjectOf(c, gov);
    }
    if (trig.symmetric && !targets.length) {
      // 'a truce between X and Y'; 'X and Y agreed to a ceasefire': every member with every other.
      const between = after(c, n, ['between']);
      const parties = between.length >= 2 ? between : sources.length >= 2 ? sources : [];
      for (const p of parties.slice(0, between.length >= 2 ? 1 : parties.length - 1)) {
        const others = otherSides(parties.slice(parties.indexOf(p) + 1), p);
        addNounEdge(c, edges, trig, n, [p], others, between.length >= 2 ? 0.75 : 0.7);
      }
      continue;
    }
    if (!sources.length || !targets.length) continue;
    const pol =
      gov >= 0
        ? { ...polarity(c, Math.max(...sources.map((u) => u.to)), n), ...controlPolarity(control) }
        : { negated: false, modality: 'asserted' as const };
    addNounEdge(c, edges, trig, n, sources, targets, 0.75, pol);
  }
}

/** The group introduced by one of `preps` shortly after the noun ('sanctions (imposed) on X'). */
function after(c: Clause, n: number, preps: string[]): Unit[] {
  if (!preps.length) return [];
  const { tokens } = c.doc;
  for (const u of c.units) {
    if (u.from <= n) continue;
    if (u.from - n > 6) break;
    if (!u.prep || !preps.includes(u.prep)) continue;
    for (let k = n + 1; k < u.from - 1; k++) {
      // 'issued a warrant on Friday for X': a day or month name and its preposition bridge too.
      if (CALENDAR_WORDS.has(tokens[k]!.lower) && tokens[k]!.pos === 'PROPN') continue;
      if (tokens[k]!.pos === 'ADP' && CALENDAR_WORDS.has(tokens[k + 1]?.lower ?? '')) continue;
      // 'war of aggression against X': an 'of' + common-noun complement of the trigger bridges.
      if (tokens[k]!.lower === 'of' && tokens[k + 1]?.pos === 'NOUN' && !tokens[k + 1]!.cap)
        continue;
      if (tokens[k]!.pos === 'NOUN' && !tokens[k]!.cap && tokens[k - 1]?.lower === 'of') continue;
      if (!BRIDGE.has(tokens[k]!.pos)) return [];
    }
    return c.groups[u.group]!;
  }
  return [];
}

/** An actor inside the noun phrase before the trigger: 'EU sanctions', 'Russia's invasion'. */
function modifierSource(c: Clause, n: number): Unit[] {
  const { tokens } = c.doc;
  let k = n - 1;
  while (k >= c.sentence.tokenStart && NP_INNER.has(tokens[k]!.pos) && !tokens[k]!.cap) k--;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') k--;
  const direct = c.units.find((u) => u.mention.tokenEnd - 1 === k && !u.prep);
  if (direct) return c.groups[direct.group]!;
  const m = c.mentions.find((x) => x.tokenEnd - 1 === k && x.ref && x.ref.type !== 'Event');
  return m ? [{ mention: m, from: m.tokenStart, to: m.tokenEnd, group: -1 }] : [];
}

/** A governing verb ('impose', 'include', 'hold') before the noun in the same clause. */
function governor(c: Clause, n: number, verbs: string[]): number {
  const { tokens } = c.doc;
  for (let k = n - 1; k >= c.sentence.tokenStart && n - k <= 12; k--) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && verbs.includes(t.lemma)) return k;
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-') return -1;
  }
  return -1;
}

/** 'tariffs on Chinese electric vehicles': a demonym right after the preposition stands for its country. */
function demonymAfter(c: Clause, n: number, preps: string[]): Unit[] {
  const { tokens } = c.doc;
  const p = tokens[n + 1];
  if (!p || !preps.includes(p.lower)) return [];
  let k = n + 2;
  while (tokens[k] && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM')) k++;
  const m = c.mentions.find((x) => x.tokenStart === k && x.kind === 'demonym');
  return m ? [{ mention: m, from: n + 2, to: m.tokenEnd, group: -1 }] : [];
}

const APPOSITION_INNER = new Set(['DET', 'ADJ', 'NUM']);

/** 'the US and China, both permanent members of ...', 'X, a member of ...': the actors before the comma. */
function appositionOwner(c: Clause, n: number): Unit[] {
  const { tokens } = c.doc;
  let k = n - 1;
  while (k > c.sentence.tokenStart && APPOSITION_INNER.has(tokens[k]!.pos)) k--;
  if (tokens[k]?.text !== ',') return [];
  const owner = c.units.find((u) => u.to === k && u.mention.ref?.type !== 'Event');
  return owner ? c.groups[owner.group]! : [];
}

/**
 * 'Berri, a Hezbollah ally' / 'China, North Korea's main ally' / 'Kim, an ally of Putin': the
 * actor before the comma -> the noun's modifier (or its `targetPreps` group). Nothing without
 * both, so 'allies' alone or 'an ally' with no owner says nothing.
 */
function appositiveRelation(c: Clause, n: number, trig: NounTrigger, edges: Edges): void {
  let targets = modifierSource(c, n);
  const start = targets.length ? Math.min(...targets.map((u) => u.from)) : n;
  if (!targets.length) targets = after(c, n, trig.targetPreps);
  const sources = appositionOwner(c, start);
  if (!sources.length || !targets.length) return;
  addNounEdge(c, edges, trig, n, sources, targets, 0.7);
}

/**
 * 'Hezbollah fired rockets in support of its ally Hamas': the subject of the verb the frame
 * hangs on -> the actor after one of `inFrame`. Nothing when no verb precedes the frame.
 */
function inFrameRelation(c: Clause, n: number, trig: NounTrigger, edges: Edges): void {
  const { tokens } = c.doc;
  const targets = after(c, n, trig.inFrame);
  if (!targets.length) return;
  let v = n - 2;
  while (v >= c.sentence.tokenStart && tokens[v]!.pos !== 'VERB') v--;
  if (v < c.sentence.tokenStart || isPassive(tokens, v)) return;
  const sources = subjectOf(c, v);
  if (!sources.length) return;
  const pol = polarity(c, Math.max(...sources.map((u) => u.to)), v);
  addNounEdge(c, edges, trig, n, sources, targets, 0.7, pol);
}

/** One nominal-trigger edge; the trigger highlight is the noun at `n`. */
export function addNounEdge(
  c: Clause,
  edges: Edges,
  trig: Pick<NounTrigger, 'type'>,
  n: number,
  sources: Unit[],
  targets: Unit[],
  confidence: number,
  pol?: ReturnType<typeof polarity>,
): void {
  const t = c.doc.tokens[n]!;
  edges.add({
    type: trig.type,
    sources,
    targets,
    sent: c.sentence.index,
    trigger: { start: t.start, end: t.end },
    ...pol,
    confidence,
  });
}
