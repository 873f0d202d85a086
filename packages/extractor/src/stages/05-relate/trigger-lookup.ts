import type { VerbTrigger } from '../../data/data-schemas';
import type { Token } from '../../types';
import type { Clause } from './clause';

/** 'Rebels overthrew Bashir': an irregular past form wink tagged as a noun, between two actors. */
export function pastFormVerb(c: Clause, v: number): boolean {
  const { tokens } = c.doc;
  const t = tokens[v]!;
  if (t.pos !== 'NOUN' || !c.kb.pastForms.has(t.lower)) return false;
  const [prev, next] = [tokens[v - 1], tokens[v + 1]];
  return (
    !!prev &&
    !!next &&
    (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NOUN') &&
    ['DET', 'PRON', 'PROPN', 'ADJ', 'NUM'].includes(next.pos)
  );
}

/** The entries of a token's lemma; 'staged' (lemma 'stag'): a past form wink misreads, by its stem. */
export function triggersOf(c: Clause, t: Token): VerbTrigger[] | undefined {
  const list = c.kb.verbTriggers.get(t.lemma);
  if (list || t.pos !== 'VERB' || !t.lower.endsWith('ed') || t.lemma === t.lower) return list;
  return c.kb.verbTriggers.get(t.lower.slice(0, -1));
}
