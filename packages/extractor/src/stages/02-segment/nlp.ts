import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WordMemo } from './word-memo';

export type Wink = ReturnType<typeof winkNLP>;

/** wink-nlp (sentence boundaries + POS; lemmas come with the model) and a memo of word forms. */
export interface Nlp {
  wink: Wink;
  words: WordMemo;
}

export function createNlp(): Nlp {
  return { wink: winkNLP(model, ['sbd', 'pos']), words: new WordMemo() };
}
