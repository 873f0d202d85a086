import type { IntakeDoc, Sentence, SegmentedDoc, Token } from '../../types';
import { repairGerunds } from './gerunds';
import type { Nlp } from './nlp';

/**
 * Stage 2: sentences and tokens with document offsets, POS and lemmas (wink-nlp), with gerunds
 * wink took for nouns after an aspect verb made verbs again (`repairGerunds`).
 */
export function segment(doc: IntakeDoc, nlp: Nlp): SegmentedDoc {
  const { wink, words } = nlp;
  const its = wink.its;
  const body = doc.text.slice(doc.bodyStart);
  const wd = wink.readDoc(body);
  // Each wink output read once for the whole document; lemmas only on a memo miss.
  const all = wd.tokens();
  const ids = all.out(its.uniqueId) as unknown as number[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const contracted = all.out(its.contractionFlag) as unknown as boolean[];
  // wink gives no lemma for a few odd tokens (seen on a GUM interview): the form stands in.
  const lemmaAt = (k: number) =>
    (
      (all.itemAt(k).out(its.lemma as unknown as typeof its.value) as string | undefined) ??
      (all.itemAt(k).out(its.value) as string)
    ).toLowerCase();
  const formAt = (k: number) =>
    words.formOf(ids[k]!) ?? words.remember(ids[k]!, all.itemAt(k).out(its.value) as string);
  const spans = wd.sentences().out(its.span) as unknown as [number, number][];

  const sentOf = new Int32Array(ids.length).fill(-1);
  spans.forEach(([a, b], s) => sentOf.fill(s, a, b + 1));

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let off = doc.bodyStart;
  let quoted = false;
  let lastSent = -1;
  let onlyPunctSoFar = true;
  let prevContracted = false;
  for (let k = 0; k < ids.length; k++) {
    const form = formAt(k);
    const value = form.value;
    off += spaces[k]!.length;
    let start = off;
    if (!doc.text.startsWith(value, start)) {
      const found = doc.text.indexOf(value, start);
      if (found < 0) continue;
      start = found;
    }
    off = start + value.length;
    const tag = pos[k]!;
    if (tag === 'SPACE' || form.blank) {
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
    const initial = onlyPunctSoFar && tag !== 'PUNCT';
    if (tag !== 'PUNCT') onlyPunctSoFar = false;
    const mark = form.quote;
    if (mark === 1) quoted = !quoted;
    else if (mark === 2) quoted = true;
    else if (mark === 3) quoted = false;
    let lemma: string | undefined;
    if (contracted[k]) lemma = lemmaAt(k);
    else if (form.lastTag === tag) lemma = form.lastLemma;
    else {
      lemma = form.lemmas.get(tag);
      if (lemma === undefined) {
        lemma = lemmaAt(k);
        form.lemmas.set(tag, lemma);
      }
      form.lastTag = tag;
      form.lastLemma = lemma;
    }
    const prev = tokens[tokens.length - 1];
    if (
      prev &&
      splitInsideWord(prev, start, value, sentence.index) &&
      !contracted[k] &&
      !prevContracted
    ) {
      joinPiece(prev, doc.text, off);
      sentence.end = off;
      continue;
    }
    prevContracted = contracted[k]!;
    tokens.push({
      i: tokens.length,
      text: value,
      lower: form.lower,
      lemma,
      pos: tag,
      start,
      end: off,
      sent: sentence.index,
      quoted: quoted || mark !== 0,
      initial,
      cap: form.cap,
    });
    sentence.tokenEnd = tokens.length;
    sentence.end = off;
  }
  repairGerunds(tokens, nlp);
  return { ...doc, tokens, sentences };
}

const ENDS_IN_LETTER = /\p{L}$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

/** wink splits some words at a letter it does not know ('Erdo'+'ğ'+'an'): letters glued to letters. */
function splitInsideWord(prev: Token, start: number, value: string, sent: number): boolean {
  return (
    prev.end === start &&
    prev.sent === sent &&
    STARTS_WITH_LETTER.test(value) &&
    ENDS_IN_LETTER.test(prev.text)
  );
}

/** The piece ending at `end` becomes part of the token before it (a name when capitalised). */
function joinPiece(prev: Token, text: string, end: number): void {
  prev.text = text.slice(prev.start, end);
  prev.lower = prev.text.toLowerCase();
  prev.lemma = prev.lower;
  prev.end = end;
  if (prev.cap) prev.pos = 'PROPN';
}
