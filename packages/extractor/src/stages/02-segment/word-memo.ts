const CAP = /^\p{Lu}/u;

/** What segment derives from a word form alone; shared by every occurrence of the form. */
export interface WordForm {
  /** The form itself. */
  value: string;
  lower: string;
  cap: boolean;
  /** Lower-cased lemma by POS tag (wink's lemma depends only on the form and its tag). */
  lemmas: Map<string, string>;
  /** The last tag looked up in `lemmas` and its lemma (most forms always get the same tag). */
  lastTag: string | undefined;
  lastLemma: string;
  /** Whitespace only. */
  blank: boolean;
  /** A quotation mark, and what it does to the quote state. */
  quote: QuoteMark;
}

/** 0: not a quote mark, 1: toggles ('"'), 2: opens, 3: closes, 4: quote mark, no state change. */
export type QuoteMark = 0 | 1 | 2 | 3 | 4;

/**
 * Word forms seen so far (not texts): saves a lower-casing, a capital test and a lemmatisation
 * per token, and makes equal words share one string. Emptied when it grows past `limit`.
 */
export class WordMemo {
  private readonly forms = new Map<string, WordForm>();
  /** The same forms by wink lexeme id (one id per distinct string): an array index, no hashing. */
  private byId: (WordForm | undefined)[] = [];

  constructor(private readonly limit = 200_000) {}

  form(value: string): WordForm {
    let f = this.forms.get(value);
    if (f === undefined) {
      if (this.forms.size >= this.limit) {
        this.forms.clear();
        this.byId = [];
      }
      f = {
        value,
        lower: value.toLowerCase(),
        cap: isCap(value),
        lemmas: new Map(),
        lastTag: undefined,
        lastLemma: '',
        blank: value.trim() === '',
        quote: quoteMark(value),
      };
      this.forms.set(value, f);
    }
    return f;
  }

  /** The form of wink lexeme `id`, or undefined when not seen yet (then call `remember`). */
  formOf(id: number): WordForm | undefined {
    return this.byId[id];
  }

  remember(id: number, value: string): WordForm {
    const f = this.form(value);
    if (id >= this.byId.length) this.byId = grown(this.byId, id + 1);
    this.byId[id] = f;
    return f;
  }

  get size(): number {
    return this.forms.size;
  }
}

const OPEN = new Set(['“', '«', '‘']);
const CLOSE = new Set(['”', '»', '’']);

function quoteMark(value: string): QuoteMark {
  if (value === '"') return 1;
  if (value === '‘') return 4;
  if (OPEN.has(value)) return 2;
  if (CLOSE.has(value) && value !== '’') return 3;
  return 0;
}

/** A copy at least `size` long (doubling), filled so that it stays a fast array. */
function grown<T>(list: (T | undefined)[], size: number): (T | undefined)[] {
  const next = new Array<T | undefined>(Math.max(size, list.length * 2, 1024)).fill(undefined);
  for (let k = 0; k < list.length; k++) next[k] = list[k];
  return next;
}

function isCap(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(value);
}
