import type { Token } from '../../types';
import type { Nlp } from './nlp';

/**
 * Verbs after which an '-ing' word continues the action ('began firing rockets', 'has been
 * shelling the city'): a closed class, like auxiliaries. 'stop' and 'avoid' are left out on
 * purpose: the action after them does not happen.
 */
export const ASPECT_LEMMAS: ReadonlySet<string> = new Set([
  'be',
  'begin',
  'start',
  'continue',
  'keep',
  'resume',
]);

/** Words that may sit between the aspect verb and the gerund ('was still firing'). */
const BETWEEN: ReadonlySet<string> = new Set([
  'still',
  'also',
  'again',
  'repeatedly',
  'reportedly',
]);

/**
 * wink tags some gerunds as nouns after an aspect verb ('began firing/NOUN rockets'), which
 * hides the clause's real verb. Those tokens become verbs with their verb lemma (wink's, read
 * from a probe clause once per form). Changes `tokens` in place; returns how many it changed.
 */
export function repairGerunds(tokens: Token[], nlp: Nlp): number {
  let changed = 0;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || t.cap || t.lower.length < 6 || !t.lower.endsWith('ing')) continue;
    let j = k - 1;
    while (j > 0 && BETWEEN.has(tokens[j]!.lower) && tokens[j]!.sent === t.sent) j--;
    const before = tokens[j]!;
    if (before.sent !== t.sent || !(before.pos === 'AUX' || before.pos === 'VERB')) continue;
    if (!ASPECT_LEMMAS.has(before.lemma)) continue;
    if (tokens[k + 1]?.lower === 'of') continue; // 'was the firing of', 'began the shelling of'
    const lemma = verbLemma(t.lower, nlp);
    if (!lemma) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
    changed++;
  }
  return changed;
}

/** The verb lemma wink gives `form` in 'they were <form>', or null when it is no verb there. */
function verbLemma(form: string, nlp: Nlp): string | null {
  const memo = nlp.verbLemmas;
  if (memo.size > 10_000) memo.clear();
  let lemma = memo.get(form);
  if (lemma !== undefined) return lemma;
  const { its } = nlp.wink;
  const item = nlp.wink.readDoc(`they were ${form}`).tokens().itemAt(2);
  lemma =
    item && item.out(its.pos) === 'VERB'
      ? (item.out(its.lemma as unknown as typeof its.value) as string).toLowerCase()
      : null;
  memo.set(form, lemma);
  return lemma;
}
