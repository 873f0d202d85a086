import type { DocumentText, ExtractionResult, Relation } from '@kg/schema';
import { ExtractionResultSchema, relationId } from '@kg/schema';

/** Hand-written extraction over fictional actors, offsets computed from the texts. */
export const FIXTURE_TEXTS: DocumentText[] = [
  {
    id: 'doc-1',
    title: 'Freedonia sanctions Sylvania',
    date: '2022-03-01',
    source: 'https://news.example/1',
    text: 'Freedonia imposed sanctions on Sylvania on Monday. President Rufus Firefly said the measures were necessary.',
  },
  {
    id: 'doc-2',
    title: 'Sylvania answers',
    date: '2022-03-05',
    text: 'Sylvania criticized Freedonia for the sanctions. Ambassador Chicolini met officials of Ruritania. Ruritania supports Sylvania.',
  },
  {
    id: 'doc-3',
    title: 'Council talks',
    date: '2022-04-10',
    text: 'Freedonia is a member of the Northern Council. The Northern Council consulted Ruritania on April 9.',
  },
];

const textOf = (docId: string) => FIXTURE_TEXTS.find((d) => d.id === docId)!.text;

/** Sentence index and offsets of the sentence containing `phrase`. */
function sentenceOf(docId: string, phrase: string) {
  const text = textOf(docId);
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`fixture: '${phrase}' not in ${docId}`);
  const bounds = [...text.matchAll(/[^.]+\.\s*/g)].map((m) => [
    m.index,
    m.index + m[0].trimEnd().length,
  ]);
  const sentence = bounds.findIndex(([s, e]) => at >= s && at < e);
  const [start, end] = bounds[sentence];
  return { docId, sentence, start, end, text: text.slice(start, end) };
}

function mention(docId: string, phrase: string, kind: 'name' | 'alias' = 'name') {
  const start = textOf(docId).indexOf(phrase);
  return { docId, start, end: start + phrase.length, text: phrase, kind };
}

type RelInput = Omit<Relation, 'id' | 'evidence' | 'negated' | 'modality'> & {
  docId: string;
  phrase: string;
};

function rel(r: RelInput): Relation {
  const { docId, phrase, ...rest } = r;
  const evidence = { ...sentenceOf(docId, phrase), date: r.date };
  return {
    ...rest,
    id: relationId(r.source, r.type, r.target),
    negated: false,
    modality: 'asserted',
    evidence: [evidence],
  };
}

export const FIXTURE: ExtractionResult = ExtractionResultSchema.parse({
  documents: FIXTURE_TEXTS.map((d) => ({
    id: d.id,
    title: d.title,
    date: d.date,
    source: d.source,
    sentences: textOf(d.id).split('. ').length,
  })),
  entities: [
    {
      id: 'FRE',
      name: 'Freedonia',
      type: 'Country',
      aliases: ['Freedonian'],
      iso3: 'FRE',
      mentions: [
        mention('doc-1', 'Freedonia'),
        mention('doc-2', 'Freedonia'),
        mention('doc-3', 'Freedonia'),
      ],
    },
    {
      id: 'SYL',
      name: 'Sylvania',
      type: 'Country',
      aliases: [],
      iso3: 'SYL',
      mentions: [mention('doc-1', 'Sylvania'), mention('doc-2', 'Sylvania')],
    },
    {
      id: 'RUR',
      name: 'Ruritania',
      type: 'Country',
      aliases: [],
      iso3: 'RUR',
      mentions: [mention('doc-2', 'Ruritania'), mention('doc-3', 'Ruritania')],
    },
    {
      id: 'rufus-firefly',
      name: 'Rufus Firefly',
      type: 'Person',
      aliases: ['Firefly'],
      roles: [{ role: 'President', of: 'FRE' }],
      mentions: [mention('doc-1', 'Rufus Firefly')],
    },
    {
      id: 'chicolini',
      name: 'Chicolini',
      type: 'Person',
      aliases: [],
      mentions: [mention('doc-2', 'Chicolini')],
    },
    {
      id: 'northern-council',
      name: 'Northern Council',
      type: 'Organization',
      aliases: ['the Council'],
      mentions: [mention('doc-3', 'Northern Council')],
    },
  ],
  relations: [
    rel({
      source: 'FRE',
      target: 'SYL',
      type: 'SANCTIONS',
      cameo: '163',
      quadClass: 4,
      date: '2022-03-01',
      confidence: 0.9,
      docId: 'doc-1',
      phrase: 'imposed sanctions',
    }),
    rel({
      source: 'rufus-firefly',
      target: 'FRE',
      type: 'HOLDS_ROLE',
      role: 'President',
      date: '2022-03-01',
      confidence: 0.8,
      docId: 'doc-1',
      phrase: 'President Rufus',
    }),
    rel({
      source: 'SYL',
      target: 'FRE',
      type: 'CRITICIZES',
      cameo: '11',
      quadClass: 3,
      date: '2022-03-05',
      confidence: 0.85,
      docId: 'doc-2',
      phrase: 'criticized',
    }),
    rel({
      source: 'chicolini',
      target: 'RUR',
      type: 'CONSULTS',
      cameo: '04',
      quadClass: 1,
      date: '2022-03-05',
      confidence: 0.6,
      docId: 'doc-2',
      phrase: 'met officials',
    }),
    rel({
      source: 'RUR',
      target: 'SYL',
      type: 'SUPPORTS',
      cameo: '07',
      quadClass: 2,
      date: '2022-03-05',
      confidence: 0.7,
      docId: 'doc-2',
      phrase: 'supports',
    }),
    rel({
      source: 'FRE',
      target: 'northern-council',
      type: 'MEMBER_OF',
      date: '2022-04-10',
      confidence: 0.8,
      docId: 'doc-3',
      phrase: 'is a member',
    }),
    rel({
      source: 'northern-council',
      target: 'RUR',
      type: 'CONSULTS',
      cameo: '04',
      quadClass: 1,
      date: '2022-04-09',
      confidence: 0.75,
      docId: 'doc-3',
      phrase: 'consulted',
    }),
    rel({
      source: 'FRE',
      target: 'RUR',
      type: 'CO_MENTIONED',
      date: '2022-04-10',
      confidence: 0.3,
      docId: 'doc-3',
      phrase: 'Ruritania on',
    }),
  ],
});
