import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadData, type DataLocation, type RawData } from '../data/load-data';
import { ExtractorError } from '../errors';
import { createNameGazetteer, gazetteerListsFromData } from './name-gazetteer';
import { createNameTagger, type NameTagger } from './name-tagger';
import { loadNameWords } from './name-words-file';
import { TaggerModelFileSchema, decodeTaggerModel } from './tagger-model-file';

/** The committed weights (regenerate: `npx tsx packages/extractor/scripts/train-name-tagger.ts`). */
export const DEFAULT_NAME_TAGGER_MODEL = fileURLToPath(
  new URL('../../../../data/models/name-tagger.json', import.meta.url),
);

export interface LoadNameTaggerOptions extends DataLocation {
  /** Weight file; defaults to `data/models/name-tagger.json`. */
  modelFile?: string;
  /** Gazetteer and lexicons already read with `loadData()` (else read from the data location). */
  data?: RawData;
  /** Word classes; defaults to `data/models/name-words.json` (see name-words-file.ts). */
  nameWordsFile?: string;
}

/** Reads the weight file and the gazetteer/lexicons (IO; ~0.5 s): call once, reuse the tagger. */
export function loadNameTagger(options: LoadNameTaggerOptions = {}): NameTagger {
  const file = options.modelFile ?? DEFAULT_NAME_TAGGER_MODEL;
  let parsed;
  try {
    parsed = TaggerModelFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    throw new ExtractorError(
      'data',
      `cannot read name tagger weights ${file}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  const gazetteer = createNameGazetteer(
    gazetteerListsFromData(options.data ?? loadData(options), loadNameWords(options.nameWordsFile)),
  );
  return createNameTagger(decodeTaggerModel(parsed), gazetteer);
}
