import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Nlp = ReturnType<typeof winkNLP>;

/** One wink-nlp instance (sentence boundaries + POS; lemmas come with the model). */
export function createNlp(): Nlp {
  return winkNLP(model, ['sbd', 'pos']);
}
