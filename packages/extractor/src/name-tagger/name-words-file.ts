/**
 * Word-class knowledge for the name tagger (`data/models/name-words.json`): lower-case single
 * words known as given names, surnames, places, organisation names or words of organisation
 * names, derived from the compromise lexicon and the Phoenix actor dictionaries by
 * `scripts/build-name-words.ts`. Each class becomes a lexicon bit of a word (name-gazetteer.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExtractorError } from '../errors';

export const NAME_WORD_CLASSES = [
  'firstName',
  'lastName',
  'place',
  'organization',
  'orgWord',
] as const;
export type NameWordClass = (typeof NAME_WORD_CLASSES)[number];
export type NameWords = Record<NameWordClass, readonly string[]>;

const words = z.array(z.string().regex(/^\S+$/, 'one lower-case word, no spaces'));
export const NameWordsFileSchema = z.object({
  format: z.literal('kg-name-words'),
  version: z.literal(1),
  about: z.string(),
  sources: z.array(z.string()),
  /** class → sorted, distinct lower-case words */
  classes: z.object({
    firstName: words,
    lastName: words,
    place: words,
    organization: words,
    orgWord: words,
  }),
});
export type NameWordsFile = z.infer<typeof NameWordsFileSchema>;

export const DEFAULT_NAME_WORDS = fileURLToPath(
  new URL('../../../../data/models/name-words.json', import.meta.url),
);

export const NO_NAME_WORDS: NameWords = {
  firstName: [],
  lastName: [],
  place: [],
  organization: [],
  orgWord: [],
};

/** Reads the word classes; a missing file gives empty classes (the tagger then knows fewer names). */
export function loadNameWords(file: string = DEFAULT_NAME_WORDS): NameWords {
  if (!existsSync(file)) return NO_NAME_WORDS;
  try {
    return NameWordsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).classes;
  } catch (err) {
    throw new ExtractorError(
      'data',
      `cannot read name word classes ${file}: ${(err as Error).message} (regenerate with scripts/build-name-words.ts)`,
      { cause: err },
    );
  }
}
