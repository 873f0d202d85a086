import {
  ExtractionResultSchema,
  relationId,
  type DocumentText,
  type ExtractionResult,
  type Relation,
} from '@kg/schema';

/** Hand-written news snippets; offsets below are computed from these texts. */
export const FIXTURE_TEXTS: DocumentText[] = [
  {
    id: 'doc-talks',
    title: 'Lukashenko and Putin hold talks',
    date: '2022-02-18',
    source: 'https://news.example/talks',
    text: 'Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Moscow on Friday. Putin praised Lukashenko for his loyalty.',
  },
  {
    id: 'doc-sanctions',
    title: 'EU widens sanctions',
    date: '2022-03-02',
    source: 'https://news.example/sanctions',
    text: 'The European Union imposed sanctions on Belarus over its role in the war. Russia condemned the European Union. The EU also criticized Belarus for hosting troops.',
  },
  {
    id: 'doc-agency',
    title: 'State agency quotes the president',
    date: '2022-04-07',
    text: 'Belta, the state news agency, quoted Lukashenko as saying Belarus supports Russia. The <img src=x onerror=alert(1)> group protested against Belarus in Minsk.',
  },
];

const textOf = (docId: string) => FIXTURE_TEXTS.find((d) => d.id === docId)!.text;

function span(docId: string, needle: string, from = 0) {
  const start = textOf(docId).indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${docId}`);
  return { start, end: start + needle.length };
}

function sentence(docId: string, index: number) {
  const text = textOf(docId);
  const parts = text.match(/[^.]+\.\s*/g) ?? [text];
  let start = 0;
  for (let i = 0; i < index; i++) start += parts[i].length;
  const s = parts[index].trimEnd();
  return { sentence: index, start, end: start + s.length, text: s };
}

interface RelSpec {
  source: string;
  target: string;
  type: Relation['type'];
  doc: string;
  s: number;
  src: string;
  tgt: string;
  trig?: string;
  role?: string;
  confidence?: number;
}

const DATES: Record<string, string> = {
  'doc-talks': '2022-02-18',
  'doc-sanctions': '2022-03-02',
  'doc-agency': '2022-04-07',
};

function relation(r: RelSpec): Relation {
  const sent = sentence(r.doc, r.s);
  const inSentence = (needle: string) => span(r.doc, needle, sent.start);
  return {
    id: relationId(r.source, r.type, r.target),
    source: r.source,
    target: r.target,
    type: r.type,
    role: r.role,
    date: DATES[r.doc],
    negated: false,
    modality: 'asserted',
    confidence: r.confidence ?? 0.9,
    evidence: [
      {
        docId: r.doc,
        ...sent,
        date: DATES[r.doc],
        highlights: [
          { ...inSentence(r.src), role: 'source' },
          { ...inSentence(r.tgt), role: 'target' },
          ...(r.trig ? [{ ...inSentence(r.trig), role: 'trigger' as const }] : []),
        ],
      },
    ],
  };
}

export const XSS_NAME = '<img src=x onerror=alert(1)>';

const entity = (
  id: string,
  name: string,
  type: ExtractionResult['entities'][number]['type'],
  aliases: string[] = [],
) => ({
  id,
  name,
  type,
  aliases,
  mentions: [],
});

export const FIXTURE: ExtractionResult = ExtractionResultSchema.parse({
  documents: FIXTURE_TEXTS.map((d) => ({
    id: d.id,
    title: d.title,
    date: d.date,
    source: d.source,
    sentences: 3,
  })),
  entities: [
    { ...entity('BLR', 'Belarus', 'Country', ['Belarusian']), iso3: 'BLR' },
    { ...entity('RUS', 'Russia', 'Country', ['Russian']), iso3: 'RUS' },
    entity('european-union', 'European Union', 'Organization', ['EU']),
    entity('alexander-lukashenko', 'Alexander Lukashenko', 'Person', ['Lukashenko']),
    entity('vladimir-putin', 'Vladimir Putin', 'Person', ['Putin']),
    entity('belta', 'Belta', 'Organization'),
    entity('img-group', XSS_NAME, 'Group'),
    entity('minsk', 'Minsk', 'Location'),
  ],
  relations: [
    relation({
      source: 'alexander-lukashenko',
      target: 'BLR',
      type: 'HOLDS_ROLE',
      role: 'President',
      doc: 'doc-talks',
      s: 0,
      src: 'Alexander Lukashenko',
      tgt: 'Belarusian',
      trig: 'President',
    }),
    relation({
      source: 'vladimir-putin',
      target: 'RUS',
      type: 'HOLDS_ROLE',
      role: 'President',
      doc: 'doc-talks',
      s: 0,
      src: 'Vladimir Putin',
      tgt: 'Russian',
      trig: 'President',
    }),
    relation({
      source: 'alexander-lukashenko',
      target: 'vladimir-putin',
      type: 'CONSULTS',
      doc: 'doc-talks',
      s: 0,
      src: 'Alexander Lukashenko',
      tgt: 'Vladimir Putin',
      trig: 'met',
    }),
    relation({
      source: 'vladimir-putin',
      target: 'alexander-lukashenko',
      type: 'COOPERATES_DIPLOMATICALLY',
      doc: 'doc-talks',
      s: 1,
      src: 'Putin',
      tgt: 'Lukashenko',
      trig: 'praised',
    }),
    relation({
      source: 'european-union',
      target: 'BLR',
      type: 'SANCTIONS',
      doc: 'doc-sanctions',
      s: 0,
      src: 'European Union',
      tgt: 'Belarus',
      trig: 'imposed sanctions',
    }),
    relation({
      source: 'european-union',
      target: 'BLR',
      type: 'CRITICIZES',
      doc: 'doc-sanctions',
      s: 2,
      src: 'EU',
      tgt: 'Belarus',
      trig: 'criticized',
      confidence: 0.6,
    }),
    relation({
      source: 'RUS',
      target: 'european-union',
      type: 'CRITICIZES',
      doc: 'doc-sanctions',
      s: 1,
      src: 'Russia',
      tgt: 'European Union',
      trig: 'condemned',
    }),
    relation({
      source: 'BLR',
      target: 'RUS',
      type: 'SUPPORTS',
      doc: 'doc-agency',
      s: 0,
      src: 'Belarus',
      tgt: 'Russia',
      trig: 'supports',
    }),
    relation({
      source: 'belta',
      target: 'alexander-lukashenko',
      type: 'QUOTES',
      doc: 'doc-agency',
      s: 0,
      src: 'Belta',
      tgt: 'Lukashenko',
      trig: 'quoted',
    }),
    relation({
      source: 'belta',
      target: 'BLR',
      type: 'AFFILIATED_WITH',
      doc: 'doc-agency',
      s: 0,
      src: 'Belta',
      tgt: 'state',
      trig: 'state news agency',
    }),
    relation({
      source: 'img-group',
      target: 'BLR',
      type: 'PROTESTS_AGAINST',
      doc: 'doc-agency',
      s: 1,
      src: XSS_NAME,
      tgt: 'Belarus',
      trig: 'protested against',
    }),
    relation({
      source: 'minsk',
      target: 'BLR',
      type: 'LOCATED_IN',
      doc: 'doc-agency',
      s: 1,
      src: 'Minsk',
      tgt: 'Belarus',
      confidence: 0.5,
    }),
  ],
});
