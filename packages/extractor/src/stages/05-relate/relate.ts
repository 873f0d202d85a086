import type { KnowledgeBase } from '../../data/knowledge-base';
import type { DocMention, RecognisedDoc, RelatedDoc } from '../../types';
import type { Clause } from './clause';
import { Edges } from './emit';
import { nounRelations } from './noun-relations';
import { structuralRelations } from './structural-relations';
import { buildUnits } from './units';
import { verbRelations } from './verb-relations';

/** Stage 5: typed edges between resolved mentions, sentence by sentence. */
export function relate(doc: RecognisedDoc, kb: KnowledgeBase): RelatedDoc {
  const edges = new Edges();
  const bySent: DocMention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) if (m.ref) bySent[m.sent]?.push(m);
  for (const sentence of doc.sentences) {
    const mentions = bySent[sentence.index]!;
    if (mentions.length === 0) continue;
    const units = buildUnits(doc, sentence, mentions, kb);
    if (units.length === 0) continue;
    const clause: Clause = { doc, sentence, units, mentions, kb };
    verbRelations(clause, edges);
    nounRelations(clause, edges);
  }
  structuralRelations(doc, edges);
  return { ...doc, relations: edges.list };
}
