import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WordMemo } from './word-memo';

export type Wink = ReturnType<typeof winkNLP>;

/** wink-nlp (sentence boundaries + POS; lemmas come with the model) and a memo of word forms. */
export interface Nlp {
  wink: Wink;
  words: WordMemo;
  /** Verb lemma of an '-ing' form (null: not a verb), for `repairGerunds`. */
  verbLemmas: Map<string, string | null>;
}

export function createNlp(): Nlp {
  return { wink: winkNLP(model, ['sbd', 'pos']), words: new WordMemo(), verbLemmas: new Map() };
}
