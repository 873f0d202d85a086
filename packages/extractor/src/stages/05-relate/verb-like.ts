import { GERUND_PREPOSITIONS } from '../../util/gerund-prepositions';
import type { Token } from '../../types';

const FLOATING = new Set(['both', 'all', 'each']);

/** Whether a token is used as a verb, whatever wink's tag ('to blockade the port' is a verb). */
export function verbLike(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  // 'for help', 'the attack': tagged as verbs but used as nouns.
  // 'responded by firing rockets': a gerund after a preposition is still the clause's verb.
  const gerund =
    t.pos === 'VERB' && t.lower.endsWith('ing') && GERUND_PREPOSITIONS.has(prev?.lower ?? '');
  // 'have both criticised': a floating quantifier tagged DET before the verb
  const floating = t.pos === 'VERB' && FLOATING.has(prev?.lower ?? '');
  if (
    prev &&
    !gerund &&
    !floating &&
    (prev.pos === 'DET' || (prev.pos === 'ADP' && prev.lower !== 'to'))
  )
    return false;
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  return (
    !!prev &&
    (prev.lower === 'to' || prev.lower === 'and') &&
    !!next &&
    ['DET', 'PRON', 'PROPN'].includes(next.pos)
  );
}
