import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, RecognisedDoc, RelatedDoc } from '../../types';
import { allegationRelations } from './allegations';
import type { Clause } from './clause';
import { compoundAgentRelations } from './compound-agents';
import { Edges } from './emit';
import { judgementRelations } from './judgements';
import { nominalEventRelations } from './nominal-events';
import { nounRelations } from './noun-relations';
import { requestRelations } from './requests';
import { structuralRelations } from './structural-relations';
import { buildUnits, unitGroups } from './units';
import { verbRelations } from './verb-relations';

/** Stage 5: typed edges between resolved mentions, sentence by sentence. */
export function relate(doc: RecognisedDoc, kb: KnowledgeBase): RelatedDoc {
  const edges = new Edges();
  const bySent: DocMention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) if (m.ref) bySent[m.sent]?.push(m);
  for (const sentence of doc.sentences) {
    const mentions = bySent[sentence.index]!;
    // One actor: only 'X dismissed the move' / 'X refused' (an earlier actor as target) can give an edge.
    if (mentions.length === 0 || (mentions.length === 1 && !mayRefer(doc, sentence, kb))) continue;
    const units = buildUnits(doc, sentence, mentions, kb);
    if (units.length === 0) continue;
    const clause: Clause = { doc, sentence, units, groups: unitGroups(units), mentions, kb };
    verbRelations(clause, edges);
    nounRelations(clause, edges);
    nominalEventRelations(clause, edges);
    compoundAgentRelations(clause, edges);
    requestRelations(clause, edges);
    judgementRelations(clause, edges);
    allegationRelations(clause, edges);
  }
  structuralRelations(doc, edges, kb);
  return { ...doc, relations: edges.list };
}

function mayRefer(doc: RecognisedDoc, s: RecognisedDoc['sentences'][number], kb: KnowledgeBase) {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (kb.anaphoricNouns.has(t.lemma)) return true;
    // 'Sweden refused.': a refusal rejects whoever asked (askerOf).
    if (t.pos === 'VERB' && kb.verbTriggers.get(t.lemma)?.some((x) => x.type === 'REJECTS'))
      return true;
  }
  return false;
}
