/** A sentence with gold IOB2 tags over MODEL_TYPES, as read from a corpus. */
export interface LabelledSentence {
  tokens: string[];
  tags: string[];
  /** Raw sentence text when the corpus gives it (`# text = ...`), for text-based baselines. */
  text?: string;
  /** Corpus and document, e.g. `gum:GUM_news_afghan`. */
  source: string;
}
