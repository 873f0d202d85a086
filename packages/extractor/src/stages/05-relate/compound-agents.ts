import { isInteractionType } from '@kg/schema';
import type { VerbTrigger } from '../../data/data-schemas';
import type { Token } from '../../types';
import type { Clause } from './clause';
import type { Edges } from './emit';
import type { Unit } from './units';

/** Words between the participle and the head it modifies ('Iran-backed militant group Hezbollah'). */
const PHRASE_INNER = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * Agent compounds: 'Iran-backed Hezbollah', 'Russian-occupied Crimea' (the actor before the
 * hyphen does the participle's act to the actor the phrase names) and 'Qatar-mediated talks
 * between X and Y', 'a US-brokered truce between X and Y' (to each party). The participle's
 * verb must be a trigger: a plain entry, or one whose required word is the head noun
 * ('Qatar-sponsored talks'). Nothing when the phrase names no actor ('Iran-backed groups').
 */
export function compoundAgentRelations(c: Clause, edges: Edges): void {
  const { tokens } = c.doc;
  for (let p = c.sentence.tokenStart + 2; p < c.sentence.tokenEnd - 1; p++) {
    const t = tokens[p]!;
    if (!t.lower.endsWith('ed') || !joinedByHyphen(tokens, p)) continue;
    const agent = c.mentions.find((m) => m.tokenEnd === p - 1 && m.ref && m.ref.type !== 'Event');
    if (!agent) continue;
    let h = p + 1;
    while (h < c.sentence.tokenEnd && h - p <= 4 && PHRASE_INNER.has(tokens[h]!.pos)) {
      if (c.units.some((u) => u.mention.tokenStart === h)) break;
      h++;
    }
    const head = c.units.find((u) => u.mention.tokenStart === h && !u.prep);
    const headNoun = tokens[h - 1]!;
    const trig = participleEntry(c, t, head ? undefined : headNoun.lemma);
    if (!trig) continue;
    const targets = head ? headGroup(c, head) : parties(c, h, headNoun.lemma);
    if (!targets.length) continue;
    const source: Unit = { mention: agent, from: agent.tokenStart, to: agent.tokenEnd, group: -1 };
    edges.add({
      type: trig.type,
      sources: [source],
      targets,
      sent: c.sentence.index,
      trigger: { start: tokens[p - 1]!.start, end: t.end },
      confidence: 0.7,
    });
  }
}

/** 'Iran-backed': name, hyphen and participle written without spaces. */
export function joinedByHyphen(tokens: Token[], p: number): boolean {
  const [name, dash, part] = [tokens[p - 2]!, tokens[p - 1]!, tokens[p]!];
  return dash.text === '-' && name.end === dash.start && dash.end === part.start;
}

/** The participle's verb entry: plain, or requiring the head noun ('sponsored talks'). */
function participleEntry(c: Clause, t: Token, noun?: string): VerbTrigger | undefined {
  const w = t.lower;
  const stems = [t.lemma, w.slice(0, -1), w.slice(0, -2), w.slice(0, -3)];
  for (const verb of stems) {
    const list = c.kb.verbTriggers.get(verb)?.filter((e) => e.lemma === verb && !e.phrase);
    if (!list?.length) continue;
    const type = c.kb.compoundTypes.get(verb);
    if (type) return { lemma: verb, type };
    const entry =
      (noun ? list.find((e) => e.requires?.includes(noun)) : undefined) ??
      list.find((e) => !e.requires);
    return entry && isInteractionType(entry.type) && !entry.reverse ? entry : undefined;
  }
  return undefined;
}

/**
 * The actor the phrase names, unless it only modifies a noun ('Iran-backed Houthi attacks'); not a
 * place: 'Israeli-occupied Golan Heights', 'rebel-held Idlib' describe a standing state, not an act.
 */
function headGroup(c: Clause, head: Unit): Unit[] {
  const next = c.doc.tokens[head.mention.tokenEnd];
  if (next && next.pos === 'NOUN' && !next.cap) return [];
  if (head.mention.ref?.type === 'Location') return [];
  return [head];
}

/** 'talks between Israel and Hamas': the parties of a symmetric noun trigger. */
function parties(c: Clause, h: number, noun: string): Unit[] {
  if (!c.kb.nounTriggers.get(noun)?.symmetric || c.doc.tokens[h]?.lower !== 'between') return [];
  const first = c.units.find((u) => u.prepAt === h);
  return first ? c.groups[first.group]! : [];
}
