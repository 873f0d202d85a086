import type { KnowledgeBase } from '../../data/knowledge-base';
import type { NameTagger } from '../../name-tagger';
import type { RecognisedDoc, SegmentedDoc, StructuralFact } from '../../types';
import { acronymPass } from './acronym-pass';
import { Coverage } from './coverage';
import { gazetteerPass } from './gazetteer-pass';
import { institutionPass } from './institution-pass';
import { namePass } from './name-pass';
import { nounPhrasePass } from './noun-phrase-pass';
import { orgPass } from './org-pass';
import { pronounPass } from './pronoun-pass';
import { rolePass } from './role-pass';
import { rolePredicates } from './role-predicates';
import { taggerPass } from './tagger-pass';

/**
 * Stage 3: mentions of actors and events, plus role/affiliation facts seen in the text. The
 * gazetteer and rules go first; the name tagger (when given) adds names where they are silent.
 */
export function recognise(
  doc: SegmentedDoc,
  kb: KnowledgeBase,
  tagger?: NameTagger,
): RecognisedDoc {
  const cov = new Coverage(doc);
  const facts: StructuralFact[] = [];
  gazetteerPass(doc, kb, cov);
  namePass(doc, kb, cov);
  orgPass(doc, kb, cov, facts);
  institutionPass(doc, kb, cov, facts);
  rolePass(doc, kb, cov, facts);
  if (tagger) taggerPass(doc, kb, tagger, cov);
  nounPhrasePass(doc, kb, cov, facts);
  pronounPass(doc, kb, cov);
  rolePredicates(doc, kb, cov, facts);
  acronymPass(doc, cov);
  return { ...doc, mentions: cov.sorted(), facts };
}
