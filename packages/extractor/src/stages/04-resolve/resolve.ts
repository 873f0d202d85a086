import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, RecognisedDoc } from '../../types';
import { OWNER_COUNTRY_NOUNS } from '../03-recognise/role-appositions';
import { validAt } from '../03-recognise/role-pass';
import { resolveCollectives } from './collectives';
import { definiteCountry, resolveDefinites } from './definites';
import { resolveNationalDefinites } from './national-definites';
import { resolvePronouns } from './pronouns';
import { findSpeakers } from './speakers';
import { linkSurnames } from './surnames';

/** Stage 4: surnames, pronouns, speakers ('we' in quotes), inferred role holders; drops what stays unresolved. */
export function resolve(doc: RecognisedDoc, kb: KnowledgeBase): RecognisedDoc {
  const definites = resolveDefinites(doc, resolveCollectives(doc, linkSurnames(doc), kb), kb);
  const mentions = resolveNationalDefinites(doc, definites, kb);
  const main = mainCountry(mentions);
  const countryOf = (ref: EntityRef): EntityRef | undefined => {
    for (const f of doc.facts) {
      if (f.type !== 'HOLDS_ROLE' || f.source.ref?.id !== ref.id) continue;
      const target = f.target?.ref ?? f.targetRef;
      if (target?.type === 'Country') return target;
    }
    for (const r of ref.roles ?? []) {
      const c = r.of ? kb.refs.get(r.of) : undefined;
      if (c?.type === 'Country' && validAt(r, doc.date)) return c;
    }
    return undefined;
  };
  governmentsOf(doc, mentions, countryOf);
  const speakers = findSpeakers(doc, mentions, kb);
  resolvePronouns({ doc, mentions, kb, speakers, countryOf });
  const facts = doc.facts.flatMap((f) => {
    if (!f.inferTarget) return [f];
    if (f.targetToken !== undefined) {
      const p = mentions.find((m) => m.tokenStart === f.targetToken && m.ref);
      // 'its envoy' → the country; 'his running mate' (AFFILIATED_WITH) → the person himself.
      const ref =
        p?.ref?.type === 'Person' && f.type === 'HOLDS_ROLE'
          ? countryOf(p.ref)
          : (p?.ref ?? ownerCountry(doc, mentions, f.targetToken));
      return ref && ref.type !== 'Event'
        ? [{ ...f, target: p?.ref === ref ? p : undefined, targetRef: ref, inferTarget: false }]
        : [];
    }
    const known = f.source.ref ? countryOf(f.source.ref) : undefined;
    const previous = f.fromPrevious ? firstActor(mentions, f.sent - 1) : undefined;
    const target = known ?? previous ?? main;
    if (!known && target && !mayHold(f.source.ref, target, kb)) return [];
    return target ? [{ ...f, targetRef: target, inferTarget: false }] : [];
  });
  for (const f of facts) {
    if (f.targetRef && !f.target) f.targetRef = kb.refs.get(f.targetRef.id) ?? f.targetRef;
  }
  return { ...doc, mentions: mentions.filter((m) => m.ref), facts };
}

/** "the country's president": the country the definite noun stands for. */
function ownerCountry(doc: RecognisedDoc, mentions: DocMention[], k: number) {
  const noun = doc.tokens[k + 1];
  if (doc.tokens[k]?.lower !== 'the' || !noun || !OWNER_COUNTRY_NOUNS.has(noun.lower)) return;
  return definiteCountry(mentions, k, noun.sent);
}

/**
 * A bare title's inferred holder: a person the gazetteer lists with roles (none valid on the
 * document's date) holds it only for a country they served, or whose body they served ('Trade Commissioner
 * X' is not the main country's when X's listed roles were all in Latvia).
 */
function mayHold(person: EntityRef | undefined, target: EntityRef, kb: KnowledgeBase): boolean {
  const roles = person?.known ? person.roles : undefined;
  if (!roles?.length) return true;
  return roles.some((r) => {
    const body = r.of ? kb.refs.get(r.of) : undefined;
    return r.of === target.id || body?.country === target.id || body?.affiliatedWith === target.id;
  });
}

const GOVERNMENT_HEADS = new Set(['administration', 'government', 'regime', 'cabinet']);

/** 'the Trump administration', 'Putin's government': the leader's country acts, not the person. */
function governmentsOf(
  doc: RecognisedDoc,
  mentions: DocMention[],
  countryOf: (ref: EntityRef) => EntityRef | undefined,
): void {
  mentions.forEach((m, i) => {
    if (m.ref?.type !== 'Person') return;
    let k = m.tokenEnd;
    if (doc.tokens[k]?.lower === "'s" || doc.tokens[k]?.lower === '’s') k++;
    const head = doc.tokens[k];
    if (!head || head.sent !== m.sent || !GOVERNMENT_HEADS.has(head.lemma)) return;
    const country = countryOf(m.ref);
    // A new object: role facts keep the person ('Prime Minister Boris Johnson's government').
    if (country) mentions[i] = { ...m, ref: country, modifier: true };
  });
}

/** The country the document is mostly about: mentions weighted (lead sentence x3, demonyms x0.5), earliest on ties. */
export function mainCountry(mentions: DocMention[]): EntityRef | undefined {
  const counts = new Map<string, { ref: EntityRef; n: number; first: number }>();
  const lead = mentions.find((m) => m.ref)?.sent ?? 0;
  for (const m of mentions) {
    if (m.ref?.type !== 'Country' || m.kind === 'pronoun') continue;
    const c = counts.get(m.ref.id) ?? { ref: m.ref, n: 0, first: m.start };
    c.n += (m.kind === 'demonym' ? 0.5 : 1) * (m.sent === lead ? 3 : 1);
    counts.set(m.ref.id, c);
  }
  let best: { ref: EntityRef; n: number; first: number } | undefined;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.ref;
}

/** The first country or organisation named in a sentence (possessives and demonyms included). */
function firstActor(mentions: DocMention[], sent: number): EntityRef | undefined {
  let first: DocMention | undefined;
  for (const x of mentions) {
    const actor =
      x.sent === sent &&
      x.kind !== 'pronoun' &&
      (x.ref?.type === 'Country' || x.ref?.type === 'Organization');
    if (actor && (!first || x.tokenStart < first.tokenStart)) first = x;
  }
  return first?.ref;
}
