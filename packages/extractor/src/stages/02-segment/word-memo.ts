const CAP = /^\p{Lu}/u;

/** What segment derives from a word form alone; shared by every occurrence of the form. */
export interface WordForm {
  lower: string;
  cap: boolean;
  /** Lower-cased lemma by POS tag (wink's lemma depends only on the form and its tag). */
  lemmas: Map<string, string>;
}

/**
 * Word forms seen so far (not texts): saves a lower-casing, a capital test and a lemmatisation
 * per token, and makes equal words share one string. Emptied when it grows past `limit`.
 */
export class WordMemo {
  private readonly forms = new Map<string, WordForm>();

  constructor(private readonly limit = 200_000) {}

  form(value: string): WordForm {
    let f = this.forms.get(value);
    if (f === undefined) {
      if (this.forms.size >= this.limit) this.forms.clear();
      f = { lower: value.toLowerCase(), cap: isCap(value), lemmas: new Map() };
      this.forms.set(value, f);
    }
    return f;
  }

  get size(): number {
    return this.forms.size;
  }
}

function isCap(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(value);
}
