import type { KnowledgeBase } from '../../data/knowledge-base';
import type { SegmentedDoc } from '../../types';
import type { Coverage } from './coverage';

/** Pronoun mentions, linked to antecedents later by resolve. */
export function pronounPass(doc: SegmentedDoc, kb: KnowledgeBase, cov: Coverage): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (cov.covered(i) || t.pos !== 'PRON' || !kb.pronouns.has(t.lower)) continue;
    if (t.text === 'US') continue;
    cov.add(i, i + 1, undefined, 'pronoun', 'pronoun', { pronoun: t.lower });
  }
}
