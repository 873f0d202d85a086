import type { Token } from '../../types';
import { GERUND_PREPOSITIONS } from '../../util/gerund-prepositions';
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

/** What may follow such a gerund: its object ('by firing rockets', 'after shelling Lebanon'). */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** Words that may sit between the aspect verb and the gerund ('was still firing'). */
const BETWEEN: ReadonlySet<string> = new Set([
  'still',
  'also',
  'again',
  'repeatedly',
  'reportedly',
]);

/**
 * wink tags some gerunds as nouns after an aspect verb ('began firing/NOUN rockets') or a
 * preposition ('responded by firing/NOUN rockets at'), which hides the clause's real verb.
 * Those tokens become verbs with their verb lemma (wink's, read from a probe clause once per
 * form). Changes `tokens` in place.
 */
export function repairGerunds(tokens: Token[], nlp: Nlp): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || t.cap || t.lower.length < 6 || !t.lower.endsWith('ing')) continue;
    let j = k - 1;
    while (j > 0 && BETWEEN.has(tokens[j]!.lower) && tokens[j]!.sent === t.sent) j--;
    const before = tokens[j]!;
    if (before.sent !== t.sent) continue;
    const next = tokens[k + 1];
    const aspect =
      (before.pos === 'AUX' || before.pos === 'VERB') && ASPECT_LEMMAS.has(before.lemma);
    const prep =
      before.pos === 'ADP' &&
      GERUND_PREPOSITIONS.has(before.lower) &&
      next?.sent === t.sent &&
      OBJECT_START.has(next.pos);
    if (!aspect && !prep) continue;
    if (next?.lower === 'of') continue; // 'was the firing of', 'began the shelling of'
    const lemma = verbLemma(t.lower, nlp);
    if (!lemma) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

/**
 * The verb lemma of an '-ing' form: wink's in 'they were <form>', else the base form (stem,
 * stem + e, undoubled stem) wink reads as that verb in 'they <base> them' ('bombing' is a noun
 * to wink in every frame, 'bomb' a verb). Null when none is a verb.
 */
function verbLemma(form: string, nlp: Nlp): string | null {
  const memo = nlp.verbLemmas;
  if (memo.size > 10_000) memo.clear();
  let lemma = memo.get(form);
  if (lemma !== undefined) return lemma;
  lemma = probe(nlp, `they were ${form}`, 2);
  if (!lemma) {
    const stem = form.slice(0, -3);
    const undoubled = /([^aeiouls])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
    for (const base of [stem, `${stem}e`, undoubled]) {
      if (base && probe(nlp, `they ${base} them`, 1) === base) {
        lemma = base;
        break;
      }
    }
  }
  memo.set(form, lemma ?? null);
  return lemma ?? null;
}

/** Lemma of token `at` in `text` when wink tags it a verb. */
function probe(nlp: Nlp, text: string, at: number): string | undefined {
  const { its } = nlp.wink;
  const item = nlp.wink.readDoc(text).tokens().itemAt(at);
  if (!item || item.out(its.pos) !== 'VERB') return undefined;
  return (item.out(its.lemma as unknown as typeof its.value) as string).toLowerCase();
}
