import type { NameSpan, NameTagger, NameType } from '../../name-tagger';
import type { SegmentedDoc, Sentence, Token } from '../../types';
import type { Coverage } from './coverage';
import { taggerWords } from './tagger-words';

/** A name the tagger found, over wink tokens [from, to). */
export interface TaggerCandidate {
  from: number;
  to: number;
  type: NameType;
  /** Its tagger words (a word may span several wink tokens). */
  words: string[];
}

/** Words of context the tagger gets on each side of an unexplained capitalised run. */
const CONTEXT = 3;

/**
 * The tagger's names around the capitalised words the rules left unexplained. The tagger costs
 * about a microsecond a word, so it reads only those stretches (the run and three words either
 * side, within the sentence; its features look two words away), not whole documents.
 */
export function taggerCandidates(
  doc: SegmentedDoc,
  tagger: NameTagger,
  cov: Coverage,
  stopwords: ReadonlySet<string>,
): TaggerCandidate[] {
  const out: TaggerCandidate[] = [];
  for (const s of doc.sentences) {
    for (const [a, b] of windows(doc.tokens, s, cov, stopwords)) {
      const w = taggerWords(doc.text, doc.tokens, a, b);
      for (const span of joinOverParticles(tagger.spans(w.words), w.words)) {
        out.push({
          from: w.from[span.start]!,
          to: w.to[span.end - 1]!,
          type: span.type,
          words: w.words.slice(span.start, span.end),
        });
      }
    }
  }
  return out;
}

const PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'der',
  'den',
  'de',
  'la',
  'al',
  'el',
  '-',
]);

/** 'Abu Bakr' + 'bin' + 'Rashid al-Tamimi': two people's names joined by particles are one name. */
function joinOverParticles(spans: NameSpan<NameType>[], words: string[]): NameSpan<NameType>[] {
  const out: NameSpan<NameType>[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    const gap = last ? words.slice(last.end, s.start) : [];
    const joins =
      last?.type === 'PER' &&
      s.type === 'PER' &&
      gap.length > 0 &&
      gap.every((g) => PARTICLES.has(g));
    if (joins) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** Token ranges [a, b) to tag in a sentence: merged windows around unexplained capitals. */
function windows(
  tokens: Token[],
  s: Sentence,
  cov: Coverage,
  stopwords: ReadonlySet<string>,
): [number, number][] {
  const out: [number, number][] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (!t.cap || cov.covered(i) || t.pos === 'PUNCT' || stopwords.has(t.lower)) continue;
    if (t.initial && t.pos !== 'PROPN') continue;
    let j = i + 1;
    while (j < s.tokenEnd && !isLowerWord(tokens[j]!)) j++;
    const a = Math.max(s.tokenStart, i - CONTEXT);
    const b = Math.min(s.tokenEnd, j + CONTEXT);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else out.push([a, b]);
    i = j - 1;
  }
  return out;
}

/** A word that ends a capitalised run ('al', 'bin', '-' and glued pieces do not). */
function isLowerWord(t: Token): boolean {
  return (
    !t.cap && t.pos !== 'PUNCT' && !/^(?:al|el|bin|ibn|van|von|der|de|da|la|du)$/.test(t.lower)
  );
}
