import { francAll } from 'franc-min';
import { ExtractorError } from '../errors';

/** Texts shorter than this are accepted without a guess: detection on a few words is noise. */
export const MIN_DETECT_CHARS = 250;
/** English is accepted when its score (1 = best language) is at least this. */
const ENGLISH_MIN_SCORE = 0.9;
const SAMPLE_CHARS = 5000;

export interface DetectedLanguage {
  /** ISO 639-3 code ('eng', 'fra', ...). */
  code: string;
  /** English name ('French'), or the code when unknown. */
  name: string;
  english: boolean;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The language of a text with franc-min (trigram profiles), or undefined for short texts.
 * Close calls go to English: franc often ranks French or Spanish within a few percent of
 * English on English news (many shared names), so only a clear other winner counts.
 */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  if (text.trim().length < MIN_DETECT_CHARS) return undefined;
  const scores = francAll(text.slice(0, SAMPLE_CHARS));
  const [best] = scores;
  if (!best || best[0] === 'und') return undefined;
  const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  const code = english >= ENGLISH_MIN_SCORE ? 'eng' : best[0];
  return { code, name: languageName(code), english: code === 'eng' };
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
