/** A small, consistent news graph the OpenAPI examples are cut from (offsets computed, not typed). */
import type { EvidenceRow, GraphEdge, GraphNode } from '@kg/schema';

export const DOC_TEXT =
  'Russia launched a full-scale invasion of Ukraine on Thursday. ' +
  'President Volodymyr Zelensky called on the European Union to cut Russia off from SWIFT. ' +
  'The European Union imposed sanctions on Russia on Friday.';

export const DOC = {
  id: 'reuters-2022-02-25-eu-sanctions',
  title: 'EU agrees sanctions after Russia invades Ukraine',
  date: '2022-02-25',
  source: 'https://www.reuters.com/world/europe/eu-sanctions-2022-02-25/',
  sentences: 3,
};

/** Offsets of `phrase` in the document text (searched from `after`). */
export function span(phrase: string, after = 0): { start: number; end: number } {
  const start = DOC_TEXT.indexOf(phrase, after);
  if (start < 0) throw new Error(`@kg/graph-server/openapi: '${phrase}' not in the example text`);
  return { start, end: start + phrase.length };
}

export const NODES: Record<string, GraphNode> = {
  RUS: {
    id: 'RUS',
    name: 'Russia',
    type: 'Country',
    aliases: ['Russian Federation'],
    iso3: 'RUS',
    degree: 14,
  },
  UKR: { id: 'UKR', name: 'Ukraine', type: 'Country', aliases: [], iso3: 'UKR', degree: 11 },
  EU: {
    id: 'european-union',
    name: 'European Union',
    type: 'Organization',
    aliases: ['EU'],
    degree: 9,
  },
  ZEL: {
    id: 'volodymyr-zelensky',
    name: 'Volodymyr Zelensky',
    type: 'Person',
    aliases: ['Zelensky', 'Zelenskiy'],
    degree: 6,
  },
};

const edge = (
  source: GraphNode,
  type: GraphEdge['type'],
  target: GraphNode,
  extra: Partial<GraphEdge>,
): GraphEdge => ({
  id: `${source.id}__${type}__${target.id}`,
  source: source.id,
  target: target.id,
  type,
  count: 1,
  confidence: 0.9,
  negated: false,
  ...extra,
});

export const EDGES = {
  attacks: edge(NODES.RUS, 'ATTACKS', NODES.UKR, {
    cameo: '19',
    quadClass: 4,
    count: 7,
    firstDate: '2022-02-24',
    lastDate: '2022-03-02',
    confidence: 0.93,
  }),
  sanctions: edge(NODES.EU, 'SANCTIONS', NODES.RUS, {
    cameo: '163',
    quadClass: 4,
    count: 3,
    firstDate: '2022-02-25',
    lastDate: '2022-02-28',
  }),
  appeals: edge(NODES.ZEL, 'APPEALS_TO', NODES.EU, {
    cameo: '02',
    quadClass: 1,
    firstDate: '2022-02-25',
    lastDate: '2022-02-25',
    confidence: 0.8,
  }),
};

const SANCTION_SENTENCE = 'The European Union imposed sanctions on Russia on Friday.';

export const EVIDENCE_ROW: EvidenceRow = {
  relationId: EDGES.sanctions.id,
  docId: DOC.id,
  docTitle: DOC.title,
  docDate: DOC.date,
  docSource: DOC.source,
  sentence: 2,
  ...span(SANCTION_SENTENCE),
  text: SANCTION_SENTENCE,
  date: '2022-02-25',
  highlights: [
    { ...span('European Union', span(SANCTION_SENTENCE).start), role: 'source' },
    { ...span('imposed sanctions'), role: 'trigger' },
    { ...span('Russia', span(SANCTION_SENTENCE).start), role: 'target' },
  ],
};
