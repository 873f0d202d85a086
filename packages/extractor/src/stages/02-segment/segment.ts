import type { IntakeDoc, Sentence, SegmentedDoc, Token } from '../../types';
import type { Nlp } from './nlp';

const CAP = /^\p{Lu}/u;
const OPEN = new Set(['“', '«', '‘']);
const CLOSE = new Set(['”', '»', '’']);

/** Stage 2: sentences and tokens with document offsets, POS and lemmas (wink-nlp). */
export function segment(doc: IntakeDoc, nlp: Nlp): SegmentedDoc {
  const its = nlp.its;
  const body = doc.text.slice(doc.bodyStart);
  const wd = nlp.readDoc(body);
  const values = wd.tokens().out(its.value) as string[];
  const spaces = wd.tokens().out(its.precedingSpaces) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const lemmas = wd.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spans = wd.sentences().out(its.span) as unknown as [number, number][];

  const sentOf = new Int32Array(values.length).fill(-1);
  spans.forEach(([a, b], s) => sentOf.fill(s, a, b + 1));

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let off = doc.bodyStart;
  let quoted = false;
  let lastSent = -1;
  let onlyPunctSoFar = true;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    off += spaces[k]!.length;
    let start = off;
    if (!doc.text.startsWith(value, start)) {
      const found = doc.text.indexOf(value, start);
      if (found < 0) continue;
      start = found;
    }
    off = start + value.length;
    if (pos[k] === 'SPACE' || value.trim() === '') {
      if (value.includes('\n')) quoted = false;
      continue;
    }
    if (spaces[k]!.includes('\n\n')) quoted = false;
    const s = sentOf[k]! < 0 ? Math.max(lastSent, 0) : sentOf[k]!;
    if (s !== lastSent) {
      sentences.push({
        index: sentences.length,
        start,
        end: off,
        tokenStart: tokens.length,
        tokenEnd: tokens.length,
      });
      lastSent = s;
      onlyPunctSoFar = true;
    }
    const sentence = sentences[sentences.length - 1]!;
    const initial = onlyPunctSoFar && pos[k] !== 'PUNCT';
    if (pos[k] !== 'PUNCT') onlyPunctSoFar = false;
    const isQuote = value === '"' || OPEN.has(value) || (CLOSE.has(value) && value !== '’');
    if (value === '"') quoted = !quoted;
    else if (OPEN.has(value) && value !== '‘') quoted = true;
    else if (CLOSE.has(value) && value !== '’') quoted = false;
    tokens.push({
      i: tokens.length,
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[k]!.toLowerCase(),
      pos: pos[k]!,
      start,
      end: off,
      sent: sentence.index,
      quoted: quoted || isQuote,
      initial,
      cap: isCap(value),
    });
    sentence.tokenEnd = tokens.length;
    sentence.end = off;
  }
  return { ...doc, tokens, sentences };
}

function isCap(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(value);
}
