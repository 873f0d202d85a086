/**
 * THE ONE TABLE mapping every corpus tag type to the model's types (PER / ORG / LOC / MISC;
 * null = not a name, tagged O). MISC is trained on and dropped at output. Conventions follow
 * CoNLL/UNER: countries, cities and regions are LOC; parties, bands, companies, universities,
 * newspapers and magazines are ORG; works, events, awards, nationalities and products are MISC.
 */
import type { ModelType } from '../name-tags';

export const CORPUS_TYPE_MAP: Readonly<Record<string, Record<string, ModelType | null>>> = {
  /** wikigold (IOB1) and Universal NER (IOB2): already coarse */
  conll: { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', OTH: 'MISC' },
  /** CrossNER fine types (politics, science, music, literature, ai) */
  crossner: {
    person: 'PER',
    politician: 'PER',
    scientist: 'PER',
    writer: 'PER',
    musicalartist: 'PER',
    researcher: 'PER',
    organisation: 'ORG',
    politicalparty: 'ORG',
    university: 'ORG',
    band: 'ORG',
    magazine: 'ORG',
    academicjournal: 'ORG',
    country: 'LOC',
    location: 'LOC',
    election: 'MISC',
    event: 'MISC',
    misc: 'MISC',
    award: 'MISC',
    book: 'MISC',
    poem: 'MISC',
    literarygenre: 'MISC',
    album: 'MISC',
    song: 'MISC',
    musicgenre: 'MISC',
    musicalinstrument: 'MISC',
    conference: 'MISC',
    algorithm: 'MISC',
    task: 'MISC',
    product: 'MISC',
    field: 'MISC',
    metrics: 'MISC',
    programlang: 'MISC',
    astronomicalobject: 'MISC',
    chemicalcompound: 'MISC',
    chemicalelement: 'MISC',
    protein: 'MISC',
    enzyme: 'MISC',
    discipline: 'MISC',
    theory: 'MISC',
  },
  /** GUM entity types of mentions that are names (see read-gum-entities.ts) */
  gum: {
    person: 'PER',
    organization: 'ORG',
    place: 'LOC',
    event: 'MISC',
    object: 'MISC',
    abstract: 'MISC',
    substance: 'MISC',
    animal: 'MISC',
    plant: 'MISC',
    time: null,
  },
};

/** Model type of a corpus tag type; unknown types throw so that a new type is noticed. */
export function mapCorpusType(
  corpus: keyof typeof CORPUS_TYPE_MAP,
  type: string,
): ModelType | null {
  const table = CORPUS_TYPE_MAP[corpus]!;
  if (!(type in table))
    throw new Error(`@kg/extractor/name-tagger: no mapping for ${corpus} type ${type}`);
  return table[type]!;
}
