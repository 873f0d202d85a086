import type { KnowledgeBase } from '../../data/knowledge-base';
import type { SegmentedDoc } from '../../types';
import type { Coverage } from './coverage';

/** Pronoun mentions, linked to antecedents later by resolve. */
export function pronounPass(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage): void {
  doc.tokens.forEach((t, i) => {
    if (cov.covered(i) || t.pos !== 'PRON' || !kb.pronouns.has(t.lower)) return;
    if (t.text === 'US') return;
    cov.add(i, i + 1, undefined, 'pronoun', 'pronoun', { pronoun: t.lower });
  });
}
