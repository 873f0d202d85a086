/*
 * The document reader's text model (pure): sentences to focus and pick with the keyboard,
 * evidence marks, and a selection turned into the UTF-16 span an "add" correction carries.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ReaderSentence extends Span {
  /** The sentence holds evidence of the relation the reader was opened from. */
  evidence: boolean;
}

const BOUNDARY = /[.!?][)"'”’\]]*\s+(?=["“‘(]?[\p{Lu}\d])|\n\s*\n?/gu;

/**
 * Sentences of `text` (end punctuation followed by a capital or digit, or a line break);
 * leading/trailing blanks excluded. A simple rule: the analyst can always select any part by hand.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (end: number) => {
    const s = trimSpan(text, { start: from, end });
    if (s) out.push(s);
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const cut = m.index + m[0].length;
    push(cut);
    from = cut;
  }
  push(text.length);
  return out;
}

/** Whitespace at either end dropped; undefined when nothing is left. */
export function trimSpan(text: string, s: Span): Span | undefined {
  let { start, end } = s;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(0, Math.min(end, text.length));
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** Sentences marked as evidence when they overlap an evidence span. */
export function readerSentences(text: string, evidence: Span[]): ReaderSentence[] {
  return splitSentences(text).map((s) => ({
    ...s,
    evidence: evidence.some((e) => e.start < s.end && e.end > s.start),
  }));
}

/**
 * Character offset of a DOM position inside `root`: the length of the text from the start of
 * `root` to it. The reader renders exactly the document text, so this is the offset into it.
 */
export function offsetWithin(root: Node, node: Node, offset: number): number {
  const range = (root.ownerDocument ?? document).createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}
