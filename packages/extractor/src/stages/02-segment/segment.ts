import type { IntakeDoc, Sentence, SegmentedDoc, Token } from '../../types';
import type { Nlp } from './nlp';

const OPEN = new Set(['“', '«', '‘']);
const CLOSE = new Set(['”', '»', '’']);

/** Stage 2: sentences and tokens with document offsets, POS and lemmas (wink-nlp). */
export function segment(doc: IntakeDoc, nlp: Nlp): SegmentedDoc {
  const { wink, words } = nlp;
  const its = wink.its;
  const body = doc.text.slice(doc.bodyStart);
  const wd = wink.readDoc(body);
  // Each wink output read once for the whole document; lemmas only on a memo miss.
  const all = wd.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const contracted = all.out(its.contractionFlag) as unknown as boolean[];
  const lemmaAt = (k: number) =>
    (all.itemAt(k).out(its.lemma as unknown as typeof its.value) as string).toLowerCase();
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
    const form = words.form(value);
    const tag = pos[k]!;
    let lemma = contracted[k] ? lemmaAt(k) : form.lemmas.get(tag);
    if (lemma === undefined) {
      lemma = lemmaAt(k);
      form.lemmas.set(tag, lemma);
    }
    tokens.push({
      i: tokens.length,
      text: value,
      lower: form.lower,
      lemma,
      pos: tag,
      start,
      end: off,
      sent: sentence.index,
      quoted: quoted || isQuote,
      initial,
      cap: form.cap,
    });
    sentence.tokenEnd = tokens.length;
    sentence.end = off;
  }
  return { ...doc, tokens, sentences };
}
