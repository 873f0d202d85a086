import { CALENDAR_WORDS } from '../../util/calendar-words';
import type { EntityRef } from '../../types';
import { type Clause, isPassive, subjectOf } from './clause';
import type { Unit } from './units';

/** Whose claim a clause is, and whether the claim is a denial ('X denied that Y attacked Z'). */
export interface Claim {
  claimant: EntityRef;
  denied: boolean;
  /** Ids the claimant speaks for: itself, its country, organisations it holds a role in. */
  side: ReadonlySet<string>;
}

/** Words allowed between a speech verb and the subject of the clause it reports. */
const GAP_POS = new Set(['ADV', 'ADP', 'NOUN', 'NUM', 'DET', 'SCONJ', 'PUNCT']);
const GAP_PUNCT = new Set([',', '–', '—']);

/**
 * 'Russia said (on Monday) (that) Ukraine shelled the plant', 'X alleged that Y attacked Z',
 * 'Y attacked Z, according to X': the actor whose claim the clause with this subject reports.
 */
export function claimOf(
  c: Clause,
  subject: Unit[],
  v: number,
  conjoined: Unit[],
): Claim | undefined {
  if (!subject.length) return undefined;
  const from = Math.min(...subject.map((u) => u.from));
  return speechClaim(c, from, v, conjoined) ?? accordingTo(c, subject);
}

/** Whether the claim speaks of its claimant's own side ('Putin said Russia ...'): no claim about another. */
export function ownSide(claim: Claim, source: EntityRef): boolean {
  const { side } = claim;
  return (
    side.has(source.id) ||
    (!!source.country && side.has(source.country)) ||
    (!!source.affiliatedWith && side.has(source.affiliatedWith))
  );
}

/** `conjoined`: the subject a speech verb after 'and' shares ('X backed Y and said ...'). */
function speechClaim(c: Clause, from: number, v: number, conjoined: Unit[]): Claim | undefined {
  const { tokens } = c.doc;
  const { claimed, denied } = c.kb.modality;
  for (let k = from - 1; k >= c.sentence.tokenStart && from - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.quoted !== tokens[v]!.quoted) return undefined;
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && t.lower.endsWith('ed'))) {
      // wink tags 'alleged' in 'X alleged that' as an adjective
      const lemmas = t.pos === 'VERB' ? [t.lemma] : [t.lower.slice(0, -1), t.lower.slice(0, -2)];
      const speech = lemmas.some((l) => c.kb.speechVerbs.has(l) || claimed.lemmas.includes(l));
      if (!speech || isPassive(tokens, k)) return undefined;
      const claimant = actor(afterAnd(c, k) ? conjoined : subjectOf(c, k));
      const no = lemmas.some((l) => denied.lemmas.includes(l));
      return claimant && { claimant, denied: no, side: sideOf(c, claimant) };
    }
    if (t.pos === 'PROPN' && CALENDAR_WORDS.has(t.lower)) continue; // 'said on Monday that'
    if (!GAP_POS.has(t.pos) || (t.pos === 'PUNCT' && !GAP_PUNCT.has(t.text))) return undefined;
  }
  return undefined;
}

/** 'according to X' anywhere in the sentence outside the subject. */
function accordingTo(c: Clause, subject: Unit[]): Claim | undefined {
  const { tokens } = c.doc;
  const words = c.kb.modality.claimed.words;
  for (const u of c.units) {
    if (u.prepAt === undefined || subject.includes(u)) continue;
    if (!words.includes(tokens[u.prepAt - 1]?.lower ?? '')) continue;
    const claimant = actor(c.groups[u.group] ?? [u]);
    if (claimant) return { claimant, denied: false, side: sideOf(c, claimant) };
  }
  return undefined;
}

/**
 * 'Russia accused Ukraine of attacking Poland': the gerund after 'of' has the accused as its
 * subject, and the accuser as claimant. Undefined when the gerund follows no accusation.
 */
export function accusedOf(c: Clause, v: number): { subject: Unit[]; claim: Claim } | undefined {
  const { tokens } = c.doc;
  const t = tokens[v]!;
  if (tokens[v - 1]?.lower !== 'of' || !t.lower.endsWith('ing') || t.pos !== 'VERB')
    return undefined;
  const accused = c.units.find((u) => u.to === v - 1 && !u.prep);
  if (!accused) return undefined;
  const verb = tokens[accused.from - 1];
  if (!verb || verb.pos !== 'VERB' || !c.kb.modality.claimed.accusing.includes(verb.lemma))
    return undefined;
  if (isPassive(tokens, accused.from - 1)) return undefined;
  const claimant = actor(subjectOf(c, accused.from - 1));
  if (!claimant) return undefined;
  const claim = { claimant, denied: false, side: sideOf(c, claimant) };
  return { subject: c.groups[accused.group] ?? [accused], claim };
}

/** The claimant's id, country, affiliations and roles (gazetteer and this document's titles). */
function sideOf(c: Clause, ref: EntityRef): Set<string> {
  const side = new Set([ref.id]);
  const add = (id: string | undefined) => id && side.add(id);
  add(ref.country);
  add(ref.affiliatedWith);
  for (const r of ref.roles ?? []) add(r.of);
  for (const f of c.doc.facts) {
    if (f.source.ref?.id !== ref.id) continue;
    const target = f.target?.ref ?? f.targetRef;
    add(target?.id);
    add(target?.country);
  }
  return side;
}

/** A verb right after a conjunction (auxiliaries and adverbs between). */
function afterAnd(c: Clause, k: number): boolean {
  const { tokens } = c.doc;
  let j = k - 1;
  while (j >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[j]!.pos)) j--;
  return tokens[j]?.pos === 'CCONJ';
}

const actor = (units: Unit[]): EntityRef | undefined =>
  units.find((u) => u.mention.ref && u.mention.ref.type !== 'Event')?.mention.ref;
