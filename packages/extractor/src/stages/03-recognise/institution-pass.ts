import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, EntityRef, SegmentedDoc, StructuralFact } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { nounFollows } from './noun-phrase-pass';
import { isPossessive, matchWords } from './token-utils';

const PLACE_TYPES = new Set(['Country', 'Location']);
const STANCE = /^(?:pro|anti|pan)-\S/i;

/**
 * Institutions named by common nouns (`events.json` 'institutions'): a country's institution
 * ('the Indonesian military', "Thailand's army": an Organization of the country, no edge),
 * a body with a listed modifier ('the provincial council', 'the election commission'), a
 * political camp ('the pro-Beijing camp', 'pro-democracy candidates': one Group per stance) and
 * a family ('the Shinawatra family').
 */
export function institutionPass(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  facts: StructuralFact[],
): void {
  for (const m of [...cov.mentions]) nationalAt(doc, kb, cov, m);
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (cov.covered(i) || t.pos !== 'NOUN' || nounFollows(tokens, i)) continue;
    if (kb.institutions.familyHeads.has(t.lemma) && familyAt(doc, cov, i)) continue;
    if (kb.institutions.bodies.has(t.lemma)) bodyAt(doc, kb, cov, i, facts);
    else if (kb.institutions.campHeads.has(t.lemma)) campAt(doc, kb, cov, i);
  }
}

/** 'the Indonesian military', "Malaysia's navy": the demonym or possessive mention and the noun. */
function nationalAt(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage, m: DocMention): void {
  const country = m.ref;
  if (country?.type !== 'Country' || (m.kind !== 'demonym' && m.kind !== 'name')) return;
  const { tokens } = doc;
  const at = m.kind === 'name' && isPossessive(tokens[m.tokenEnd]) ? m.tokenEnd + 1 : m.tokenEnd;
  if (m.kind === 'name' && at === m.tokenEnd) return;
  if (tokens[at]?.sent !== m.sent || cov.covered(at)) return;
  let end = -1;
  for (const words of kb.institutions.national)
    if ((end = matchWords(tokens, at, words)) > 0) break;
  if (end < 0 || tokens[end - 1]!.cap || nounFollows(tokens, end - 1)) return;
  const head = doc.text.slice(tokens[at]!.start, tokens[end - 1]!.end).toLowerCase();
  const name = `${country.demonym ?? country.name} ${head}`;
  const key = kb.institutions.nationalSame.has(head) ? 'military' : head;
  const ref: EntityRef = {
    id: slug(`${country.demonym ?? country.name} ${key}`),
    name,
    type: 'Organization',
    known: false,
    country: country.iso3,
    affiliatedWith: country.id,
    salient: true,
  };
  cov.release(m);
  cov.add(m.tokenStart, end, ref, 'nominal', 'pattern');
}

/**
 * 'the Maidan Wardak provincial council', "the country's election commission": a body noun with a
 * listed modifier right before it; a place or country named just before joins the name, a
 * country (also a demonym or possessive) is the body's.
 */
function bodyAt(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  cov: Coverage,
  i: number,
  facts: StructuralFact[],
): void {
  const { tokens } = doc;
  const t = tokens[i]!;
  let from = i;
  while (from > 0 && tokens[from - 1]!.sent === t.sent && !cov.covered(from - 1)) {
    const w = tokens[from - 1]!;
    if (w.cap || !kb.institutions.bodyModifiers.has(w.lower)) break;
    from--;
  }
  if (from === i) return;
  let k = from - 1;
  const poss = isPossessive(tokens[k]);
  if (poss) k--;
  const before = cov.mentionAt(k);
  const place =
    before?.ref && before.tokenEnd === k + 1 && PLACE_TYPES.has(before.ref.type)
      ? before
      : undefined;
  // 'the Maidan Wardak provincial council', 'the Thai election commission': the place joins the name.
  const absorb = !!place && !poss;
  const start = absorb ? place.tokenStart : from;
  const key = doc.text.slice(tokens[from]!.start, t.start) + t.lemma;
  const ref: EntityRef = {
    id: slug(`${place?.ref?.id ?? doc.id} ${key}`),
    name: doc.text.slice(tokens[start]!.start, t.end),
    type: 'Organization',
    known: false,
    country: place?.ref?.iso3,
    salient: true,
  };
  const placeRef = place?.ref;
  if (absorb) cov.release(place);
  const m = cov.add(start, i + 1, ref, 'nominal', 'pattern');
  if (!placeRef) return;
  const fact: StructuralFact = {
    type: 'AFFILIATED_WITH',
    source: m,
    sent: m.sent,
    confidence: 0.65,
  };
  facts.push(absorb ? { ...fact, targetRef: placeRef } : { ...fact, target: place });
}

/** 'the pro-Beijing camp', 'pro-democracy candidates': one Group per stance and document. */
function campAt(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage, i: number): void {
  const { tokens } = doc;
  const t = tokens[i]!;
  const mod = tokens[i - 1];
  if (!mod || mod.sent !== t.sent || cov.covered(i - 1)) return;
  if (!STANCE.test(mod.text) && !kb.institutions.campModifiers.has(mod.lower)) return;
  if (t.lemma === 'candidate' && t.lower === t.lemma) return;
  const ref: EntityRef = {
    id: slug(`${doc.id} ${mod.lower} camp`),
    name: doc.text.slice(mod.start, t.end),
    type: 'Group',
    known: false,
    salient: true,
  };
  cov.add(i - 1, i + 1, ref, 'nominal', 'pattern');
}

/** 'the Shinawatra family': a capitalised surname (alone or a one-word name) before the noun. */
function familyAt(doc: SegmentedDoc, cov: Coverage, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  const k = i - 1;
  const name = tokens[k];
  if (!name || name.sent !== t.sent || !name.cap || name.initial || name.pos !== 'PROPN')
    return false;
  const m = cov.mentionAt(k);
  if (m && (m.ref?.type !== 'Person' || m.tokenStart !== k)) return false;
  if (isPossessive(tokens[i + 1])) return false;
  if (m) cov.release(m);
  const text = `${name.text} ${t.text}`;
  const ref: EntityRef = { id: slug(text), name: text, type: 'Group', known: false, salient: true };
  cov.add(k, i + 1, ref, 'nominal', 'pattern');
  return true;
}
