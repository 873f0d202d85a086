import type { Modality } from '@kg/schema';
import type { Clause } from './clause';
import type { Unit } from './units';

const POSSESSIVE = new Set(["'s", '’s']);
const OWNERS = new Set(['its', 'their', 'his', 'her']);
const OPENERS = new Set(['ADJ', 'ADV']);

export interface ControlSubject {
  subject: Unit[];
  modality?: Modality;
  negated?: boolean;
}

/**
 * "Peru's decision to impose sanctions on Bolivia", "Britain's offer to hold talks with X",
 * "its refusal to meet X": the owner of a control noun (triggers.json `controlNouns`) right
 * before 'to' is the subject of the verb at `v`; a plan or offer makes the act expected, a
 * refusal negates it. Undefined when the verb follows no such noun with an owner.
 */
export function controlSubject(c: Clause, v: number): ControlSubject | undefined {
  const { tokens } = c.doc;
  const noun = tokens[v - 2];
  if (
    tokens[v - 1]?.lower !== 'to' ||
    !noun ||
    noun.pos !== 'NOUN' ||
    v - 2 <= c.sentence.tokenStart
  )
    return undefined;
  const kind = c.kb.controlNouns.get(noun.lemma);
  if (!kind) return undefined;
  let k = v - 3;
  while (k > c.sentence.tokenStart && OPENERS.has(tokens[k]!.pos) && !tokens[k]!.cap) k--;
  const pronoun = OWNERS.has(tokens[k]!.lower);
  if (!pronoun && !POSSESSIVE.has(tokens[k]!.lower)) return undefined;
  const end = pronoun ? k + 1 : k;
  const owner = c.mentions.find(
    (m) => m.tokenEnd === end && m.ref && m.ref.type !== 'Event' && m.ref.type !== 'Location',
  );
  if (!owner) return undefined;
  const subject = [{ mention: owner, from: owner.tokenStart, to: owner.tokenEnd, group: -1 }];
  if (kind === 'negated') return { subject, negated: true };
  return kind === 'expected' ? { subject, modality: 'expected' } : { subject };
}

/** What a control noun says of the act, to lay over the clause's polarity. */
export function controlPolarity(control: ControlSubject | undefined): {
  modality?: Modality;
  negated?: boolean;
} {
  if (!control) return {};
  const { modality, negated } = control;
  return { ...(modality ? { modality } : {}), ...(negated ? { negated } : {}) };
}
