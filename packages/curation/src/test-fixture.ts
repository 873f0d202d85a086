import {
  CORRECTIONS_LOG_VERSION,
  relationId,
  type CorrectionInput,
  type CorrectionRecord,
  type DocumentText,
  type Entity,
  type ExtractionResult,
  type Relation,
} from '@kg/schema';

/** One document, three actors (one cut short: "Erdo"), three relations. For tests. */
export const TEXT =
  'Erdo criticized Sweden on Monday. Recep Erdogan met Boris Johnson in Ankara. The United Kingdom supports Sweden.';
export const TEXTS: DocumentText[] = [{ id: 'd1', text: TEXT, date: '2022-05-16' }];

const at = (phrase: string, from = 0) => {
  const start = TEXT.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: no "${phrase}"`);
  return { start, end: start + phrase.length };
};
const mention = (phrase: string, from = 0) => ({
  docId: 'd1',
  ...at(phrase, from),
  text: phrase,
  kind: 'name' as const,
});
const sentences = TEXT.split(/(?<=\.) /).map((s) => ({ text: s, ...at(s) }));
const entity = (
  id: string,
  name: string,
  type: Entity['type'],
  phrases: string[],
  aliases: string[] = [],
): Entity => ({
  id,
  name,
  type,
  aliases,
  mentions: phrases.map((p) => mention(p)),
});
const relation = (
  source: string,
  type: Relation['type'],
  target: string,
  sentence: number,
): Relation => ({
  id: relationId(source, type, target),
  source,
  target,
  type,
  negated: false,
  modality: 'asserted',
  confidence: 0.8,
  date: '2022-05-16',
  evidence: [{ docId: 'd1', sentence, ...sentences[sentence]! }],
});

export const RESULT: ExtractionResult = {
  documents: [{ id: 'd1', date: '2022-05-16', sentences: 3 }],
  entities: [
    entity('erdo', 'Erdo', 'Organization', ['Erdo']),
    entity('SWE', 'Sweden', 'Country', ['Sweden']),
    entity('recep-erdogan', 'Recep Erdogan', 'Person', ['Recep Erdogan']),
    entity(
      'GBR',
      'United Kingdom',
      'Country',
      ['United Kingdom', 'Boris Johnson'],
      ['Boris Johnson'],
    ),
  ],
  relations: [
    relation('erdo', 'CRITICIZES', 'SWE', 0),
    relation('recep-erdogan', 'CONSULTS', 'GBR', 1),
    relation('GBR', 'SUPPORTS', 'SWE', 2),
  ],
};
// the meeting's highlight of the target is the wrongly merged alias
RESULT.relations[1]!.evidence[0]!.highlights = [
  { ...at('Recep Erdogan'), role: 'source' },
  { ...at('Boris Johnson'), role: 'target' },
];

let n = 0;
/** A log record of `input` (ids c-test-000001, ...). */
export function record(input: CorrectionInput, author = 'ana'): CorrectionRecord {
  n++;
  return {
    v: CORRECTIONS_LOG_VERSION,
    id: `c-test-${String(n).padStart(6, '0')}`,
    at: '2026-12-08T00:00:00.000Z',
    author,
    ...input,
  } as CorrectionRecord;
}

export const MERGE_ERDO: CorrectionInput = {
  kind: 'merge',
  survivor: { id: 'recep-erdogan', name: 'Recep Erdogan' },
  merged: [{ id: 'erdo', name: 'Erdo' }],
};
export const REJECT_SUPPORT: CorrectionInput = {
  kind: 'reject',
  relation: { source: 'GBR', type: 'SUPPORTS', target: 'SWE' },
  reason: 'wrong-actor',
};
