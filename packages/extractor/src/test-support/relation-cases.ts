import { expect } from 'vitest';
import type { Extractor } from '../public-types';

/** A table row of the relation pattern tests: a sentence written for the test and its edges. */
export interface RelationCase {
  pattern: string;
  text: string;
  /** `source TYPE target` ids that must be extracted. */
  expected: string[];
  /** `source TYPE target` ids that must not be. */
  forbidden?: string[];
}

/** `source TYPE target` of the positive (not negated) relations of `text`, dated 2023-01-10. */
export function relationTriples(extractor: Extractor, text: string): string[] {
  const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
  return result.relations.filter((r) => !r.negated).map((r) => `${r.source} ${r.type} ${r.target}`);
}

export function expectRelationCase(
  extractor: Extractor,
  { text, expected, forbidden = [] }: RelationCase,
): void {
  const triples = relationTriples(extractor, text);
  for (const t of expected) expect(triples).toContain(t);
  for (const t of forbidden) expect(triples).not.toContain(t);
}
