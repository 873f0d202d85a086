import type { EntityType } from '@kg/schema';
import type { KnowledgeBase } from '../../data/knowledge-base';
import { TypeVotes, type NameType } from '../../name-tagger';
import type { DocMention, EntityRef, SegmentedDoc } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import type { TaggerCandidate } from './tagger-candidates';

const SHORT_FORM_TYPES: Record<NameType, ReadonlySet<EntityType>> = {
  PER: new Set(['Person']),
  ORG: new Set(['Organization', 'Group']),
  LOC: new Set(),
};

/**
 * One type per name in a document: the tagger reads sentence by sentence and may call 'DAB' a
 * place once and an organisation four times; the majority wins (ties: the first reading).
 */
export function voteTypes(candidates: TaggerCandidate[]): TaggerCandidate[] {
  const votes = new TypeVotes();
  for (const c of candidates) votes.add(c.words.join(' '), c.type);
  return candidates.map((c) => {
    const best = votes.winner(c.words.join(' '), c.type);
    return best === c.type ? c : { ...c, type: best };
  });
}

/**
 * 'Hotak' after 'Sharif Hotak', 'Kim' after 'Kim Jong Un', 'House' after 'House of
 * Representatives': the document's one actor of that type whose multi-word name ends or starts
 * with the word (two such actors: neither).
 */
export function refByShortForm(
  mentions: DocMention[],
  word: string,
  type: NameType,
): EntityRef | undefined {
  let found: EntityRef | undefined;
  for (const m of mentions) {
    const ref = m.ref;
    if (!ref || !SHORT_FORM_TYPES[type].has(ref.type)) continue;
    const names = [m.text, ref.name, ...(ref.aliases ?? [])];
    if (!names.some((n) => isShortFormOf(word, n))) continue;
    if (found && found.id !== ref.id) return undefined;
    found = ref;
  }
  return found;
}

function isShortFormOf(word: string, name: string): boolean {
  const parts = name.split(/\s+/);
  return parts.length > 1 && (parts[parts.length - 1] === word || parts[0] === word);
}

/** The gazetteer's entry spelled exactly like the span: a country the tagger confirms, or 'declined'. */
export function gazetteerDecision(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  c: TaggerCandidate,
): EntityRef | 'declined' | undefined {
  const t = doc.tokens[c.from]!;
  const e = kb.phrases.match(doc.text, t.start, t.lower);
  if (!e || t.start + e.surface.length !== doc.tokens[c.to - 1]!.end) return undefined;
  const confirmed = e.ambiguous && !e.capital && e.ref.type === 'Country' && c.type === 'LOC';
  return confirmed ? e.ref : 'declined';
}

/**
 * 'Abu Bakr' found by a rule inside the tagger's 'Abu Bakr bin Rashid al-Tamimi': an unknown
 * name a rule found is widened to the tagger's full span. True when it was.
 */
export function widenRuleName(c: TaggerCandidate, cov: Coverage, doc: SegmentedDoc): boolean {
  const m = cov.mentionAt(c.from) ?? cov.mentionAt(c.to - 1);
  const type = m?.ref?.type;
  if (!m?.ref || m.via !== 'pattern' || m.ref.known || m.kind !== 'name') return false;
  if (!SHORT_FORM_TYPES[c.type].has(type!) || m.tokenStart < c.from || m.tokenEnd > c.to)
    return false;
  if (!cov.free(c.from, m.tokenStart) || !cov.free(m.tokenEnd, c.to)) return false;
  if (m.tokenStart === c.from && m.tokenEnd === c.to) return false;
  cov.widen(m, c.from, c.to);
  const name = doc.text.slice(m.start, m.end);
  m.ref = { ...m.ref, id: slug(name), name };
  return true;
}

/**
 * 'Hunter Biden' over the gazetteer's 'Biden': a known person's one-word alias ending a longer
 * person's name is a relative or namesake, so the longer name takes its place. True when the
 * span is free (then or already).
 */
export function freeForPerson(c: TaggerCandidate, cov: Coverage): boolean {
  if (cov.free(c.from, c.to)) return true;
  const m = cov.mentionAt(c.to - 1);
  if (c.type !== 'PER' || !m || m.ref?.type !== 'Person' || m.via !== 'gazetteer') return false;
  if (m.tokenEnd !== c.to || m.tokenStart <= c.from || m.text.includes(' ')) return false;
  if (!cov.free(c.from, m.tokenStart)) return false;
  cov.release(m);
  return true;
}
