import { isInteractionType } from '@kg/schema';
import type { VerbTrigger } from '../../data/data-schemas';
import { verbCandidates } from '../../util/denominalise';
import { type Clause, polarity } from './clause';
import type { Edges } from './emit';
import { addNounEdge } from './noun-relations';
import type { Unit } from './units';

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Words between a possessor and the nominal ('Russia's brutal occupation of'). */
const MODIFIERS = new Set(['ADJ', 'ADV']);

/**
 * Nominalised verb triggers with both arguments named: 'the arrest of X by Y', "Y's recognition
 * of X", 'its expulsion of X'. The verb is found by suffix rules ('expulsion' -> expel,
 * 'killing' -> kill) and must have a plain entry in the verb lexicon; the patient comes right
 * after the noun with 'of' (or the verb's own target preposition), the agent as a possessor
 * before it or with 'by' right after the patient. Nothing with one side only ('the arrest of X').
 */
export function nominalEventRelations(c: Clause, edges: Edges): void {
  const { tokens } = c.doc;
  for (let n = c.sentence.tokenStart + 1; n < c.sentence.tokenEnd - 2; n++) {
    const t = tokens[n]!;
    // the patient's preposition comes right after the noun: checked before any lexicon look-up
    const next = tokens[n + 1]!;
    if (t.pos !== 'NOUN' || t.cap || (next.pos !== 'ADP' && next.lower !== 'to')) continue;
    if (c.kb.nounTriggers.has(t.lemma)) continue;
    const trig = verbEntry(c, t.lemma);
    if (!trig) continue;
    const patient = patientAfter(c, n, trig);
    if (!patient.length || agentOf(c, n)) continue;
    const agent = possessorBefore(c, n) ?? agentAfter(c, patient[patient.length - 1]!);
    if (!agent.length) continue;
    const [sources, targets] = trig.reverse ? [patient, agent] : [agent, patient];
    addNounEdge(c, edges, trig, n, sources, targets, 0.7, polarity(c, c.sentence.tokenStart, n));
  }
}

const PARTICLES = new Set(['out', 'up']);
const NP_OPENERS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * 'ordered the expulsion of diplomats from X', 'carried out the arrest of X': a light verb
 * (triggers.json `lightVerbs`) whose object is a nominalised trigger does that act; the entry
 * (taking 'of' as its object's preposition too) and the token after the noun, for the verb's
 * own object search. Undefined when the verb is no light verb or its object no such noun.
 */
export function governedNominal(
  c: Clause,
  v: number,
): { entry: VerbTrigger; end: number } | undefined {
  const { tokens } = c.doc;
  if (tokens[v]!.pos !== 'VERB' || !c.kb.lightVerbs.has(tokens[v]!.lemma)) return undefined;
  let k = v + 1;
  if (PARTICLES.has(tokens[k]?.lower ?? '')) k++;
  while (k < c.sentence.tokenEnd && NP_OPENERS.has(tokens[k]!.pos)) k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || noun.cap || c.kb.nounTriggers.has(noun.lemma))
    return undefined;
  if (tokens[k + 1]?.pos === 'NOUN') return undefined;
  const entry = verbEntry(c, noun.lemma);
  if (!entry || agentOf(c, k)) return undefined;
  const preps = new Set([...(entry.targetPreps ?? ['direct']), 'of']);
  return { entry: { ...entry, targetPreps: [...preps] }, end: k + 1 };
}

/**
 * 'the withdrawal of Britain from the EU': an actor after 'of' with a 'from' phrase after it is
 * the one who acts (withdraws, leaves), not the patient; such nominals are left alone.
 */
function agentOf(c: Clause, n: number): boolean {
  const u = c.units.find((x) => x.prepAt === n + 1 && x.prep === 'of');
  if (!u) return false;
  const group = c.groups[u.group]!;
  return c.doc.tokens[group[group.length - 1]!.to]?.lower === 'from';
}

/** `verbEntry` by noun, per knowledge base (a document repeats the same few nouns). */
const entryMemo = new WeakMap<Clause['kb'], Map<string, VerbTrigger | undefined>>();

/** The first plain (no phrase, no required word) interaction entry of the noun's verb. */
function verbEntry(c: Clause, noun: string): VerbTrigger | undefined {
  let memo = entryMemo.get(c.kb);
  if (!memo) entryMemo.set(c.kb, (memo = new Map()));
  if (memo.has(noun)) return memo.get(noun);
  const entry = findVerbEntry(c, noun);
  memo.set(noun, entry);
  return entry;
}

function findVerbEntry(c: Clause, noun: string): VerbTrigger | undefined {
  for (const verb of verbCandidates(noun)) {
    const entry = c.kb.verbTriggers
      .get(verb)
      ?.find((e) => !e.phrase && !e.requires && !e.symmetric && e.lemma === verb);
    if (entry) return isInteractionType(entry.type) ? entry : undefined;
  }
  return undefined;
}

/** 'of X' (or 'to X' for 'appeal to') right after the noun, X the head of its phrase. */
function patientAfter(c: Clause, n: number, trig: VerbTrigger): Unit[] {
  const preps = (trig.targetPreps ?? []).filter((p) => p !== 'direct');
  if (!preps.length || trig.targetPreps?.includes('direct')) preps.push('of');
  let u = c.units.find((x) => x.prepAt === n + 1 && preps.includes(x.prep ?? ''));
  // 'of Hamas leader Ismail Haniyeh': the unit right after a modifying actor heads the phrase.
  const head = u && c.units.find((x) => x.from === u!.to && !x.prep);
  if (head) u = head;
  if (!u || u.mention.ref?.type === 'Event') return [];
  const group = c.groups[u.group]!;
  // 'the approval of the EU budget': the actor only modifies the real patient.
  const next = c.doc.tokens[group[group.length - 1]!.to];
  if (next && (next.pos === 'NOUN' || next.lower === "'s" || next.lower === '’s')) return [];
  return group;
}

/** "Russia's occupation of", 'its recognition of': the possessor before the noun. */
function possessorBefore(c: Clause, n: number): Unit[] | undefined {
  const { tokens } = c.doc;
  let k = n - 1;
  while (k > c.sentence.tokenStart && MODIFIERS.has(tokens[k]!.pos) && !tokens[k]!.cap) k--;
  const pronoun = POSSESSIVE_PRONOUNS.has(tokens[k]!.lower);
  if (!pronoun) {
    if (tokens[k]!.lower !== "'s" && tokens[k]!.lower !== '’s') return undefined;
    k--;
  }
  const m = c.mentions.find((x) => x.tokenEnd - 1 === k && x.ref && x.ref.type !== 'Event');
  return m ? [{ mention: m, from: m.tokenStart, to: m.tokenEnd, group: -1 }] : undefined;
}

/** 'the arrest of X by Y': the 'by' group right after the patient's phrase. */
function agentAfter(c: Clause, last: Unit): Unit[] {
  const u = c.units.find((x) => x.prep === 'by' && x.prepAt === last.to);
  return u && u.mention.ref?.type !== 'Event' ? c.groups[u.group]! : [];
}
