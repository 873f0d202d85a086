import { francAll } from 'franc-min';
import { ExtractorError } from '../errors';

/** Texts shorter than this are accepted without a guess: detection on a few words is noise. */
export const MIN_DETECT_CHARS = 250;
/** English is accepted when its score (1 = best language) is at least this. */
const ENGLISH_MIN_SCORE = 0.9;
const SAMPLE_CHARS = 1500;
/**
 * Share of English function words among the sample's words from which a text is English
 * without asking franc (English news: 30-45 %; French/German/Spanish news: under 5 %).
 */
const ENGLISH_FUNCTION_SHARE = 0.15;
const FUNCTION_WORDS = new Set(
  (
    'the of and to in a is was were for on that with as by at from it its his her their ' +
    'has have had be been will would said says this which who not but are an or'
  ).split(' '),
);

export interface DetectedLanguage {
  /** ISO 639-3 code ('eng', 'fra', ...). */
  code: string;
  /** English name ('French'), or the code when unknown. */
  name: string;
  english: boolean;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The language of a text, or undefined for short texts. Most English news is recognised by its
 * function words alone (~0.05 ms); the rest goes to franc-min (trigram profiles, ~1-3 ms).
 * Close calls go to English: franc often ranks French or Spanish within a few percent of
 * English on English news (many shared names), so only a clear other winner counts.
 */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  if (text.trim().length < MIN_DETECT_CHARS) return undefined;
  const sample = text.slice(0, SAMPLE_CHARS);
  if (functionWordShare(sample) >= ENGLISH_FUNCTION_SHARE)
    return { code: 'eng', name: 'English', english: true };
  const scores = francAll(sample);
  const [best] = scores;
  if (!best || best[0] === 'und') return undefined;
  const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  const code = english >= ENGLISH_MIN_SCORE ? 'eng' : best[0];
  return { code, name: languageName(code), english: code === 'eng' };
}

/** Share of English function words among the words of a text (a cheap first test). */
export function functionWordShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}

function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Throws a typed intake error for a text that is clearly not English. */
export function checkEnglish(text: string): void {
  const lang = detectLanguage(text);
  if (lang && !lang.english) {
    throw new ExtractorError(
      'intake',
      `document is in ${lang.name} (${lang.code}), not English: skipped ` +
        '(the extractor reads English news only; translate it first)',
    );
  }
}
