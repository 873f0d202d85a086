import type { EntityType } from '@kg/schema';
import type { KnowledgeBase } from '../../data/knowledge-base';
import type { NameTagger, NameType } from '../../name-tagger';
import type { EntityRef, SegmentedDoc } from '../../types';
import { slug } from '../../util/slug';
import type { Coverage } from './coverage';
import { taggerCandidates, type TaggerCandidate } from './tagger-candidates';
import { countMentions, evidenceFor } from './tagger-evidence';
import { nameOnly, wordUsage } from './tagger-filter';
import {
  freeForPerson,
  gazetteerDecision,
  refByShortForm,
  voteTypes,
  widenRuleName,
} from './tagger-links';

const ENTITY_TYPE: Record<NameType, EntityType> = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Location',
};
const ENOUGH_EVIDENCE = 2;

/**
 * Names the rules did not find, from the learned tagger, where the rules are silent: a span
 * touching an existing mention is left alone (gazetteer and rules win), a span the gazetteer
 * knows but declined stays declined (except an ambiguous country the tagger reads as a place),
 * a one-word short form of a person or organisation in the document is that actor, and a new name needs
 * evidence beyond the tagger (`evidenceFor`).
 */
export function taggerPass(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  tagger: NameTagger,
  cov: Coverage,
): void {
  const raw = taggerCandidates(doc, tagger, cov, kb.stopwords);
  if (raw.length === 0) return;
  const usage = wordUsage(doc);
  const counts = countMentions(raw);
  const named = raw
    .map((c) => nameOnly(c, doc, kb, usage))
    .filter((c): c is TaggerCandidate => !!c);
  // full names first, so their short forms find them
  const candidates = voteTypes(named).sort(
    (a, b) => b.words.length - a.words.length || a.from - b.from,
  );
  for (const c of candidates) {
    if (widenRuleName(c, cov, doc) || !freeForPerson(c, cov)) continue;
    const known = gazetteerDecision(doc, kb, c);
    if (known === 'declined') continue;
    if (known) {
      cov.add(c.from, c.to, known, 'name', 'tagger');
      continue;
    }
    const short =
      c.words.length === 1 ? refByShortForm(cov.mentions, c.words[0]!, c.type) : undefined;
    if (short) {
      cov.add(c.from, c.to, short, 'alias', short.type === 'Person' ? 'surname' : 'tagger');
      continue;
    }
    if (evidenceFor(c, doc, kb, counts) < ENOUGH_EVIDENCE) continue;
    const name = doc.text.slice(doc.tokens[c.from]!.start, doc.tokens[c.to - 1]!.end);
    const ref: EntityRef = {
      id: slug(name),
      name,
      type: ENTITY_TYPE[c.type],
      known: false,
      salient: c.type !== 'LOC',
    };
    cov.add(c.from, c.to, ref, 'name', 'tagger');
  }
}
