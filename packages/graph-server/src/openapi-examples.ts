/** Descriptions and examples of every route in the OpenAPI description (validated by tests). */
import { wordMatches } from '@kg/schema';
import type { RouteDoc } from './api-routes';
import type { Json } from './openapi-components';
import { DOC, DOC_TEXT, EDGES, EVIDENCE_ROW, NODES } from './openapi-example-data';
import { WRITE_EXAMPLES } from './openapi-examples-write';
import { CURATION_EXAMPLES } from './openapi-examples-curation';

export interface RouteExample {
  tag: 'graph' | 'documents' | 'cypher' | 'export' | 'views' | 'corrections' | 'meta';
  description: string;
  /** Example values of path and query parameters, by name. */
  parameters?: Record<string, Json>;
  /** Example request bodies, by media type. */
  body?: Record<string, Json>;
  /** Example success bodies, by media type. */
  response?: Record<string, Json>;
}

/** Example values of query parameters several routes share (a route may override them). */
export const PARAMETER_EXAMPLES: Record<string, Json> = {
  types: 'Country,Organization',
  relationTypes: 'ATTACKS,SANCTIONS',
  from: '2022-02-24',
  to: '2022-03-31',
  minConfidence: 0.6,
  includeWeak: 'false',
  depth: 1,
};

export const routeKey = (route: Pick<RouteDoc, 'method' | 'path'>) =>
  `${route.method} ${route.path}`;

const json = (value: unknown) => ({ 'application/json': value as Json });
const { RUS, UKR, EU, ZEL } = NODES;
const hidden = (n: (typeof NODES)[string], count: number) => ({ ...n, hiddenNeighbors: count });

const READ_EXAMPLES: Record<string, RouteExample> = {
  'get /api/health': {
    tag: 'meta',
    description: 'Answers 200 when the graph store answers a ping in time, 503 otherwise.',
    response: json({ status: 'ok', store: { dialect: 'kuzu', reachable: true } }),
  },
  'get /api/stats': {
    tag: 'graph',
    description: 'Totals of the stored graph and the date range of its evidence.',
    response: json({
      dialect: 'kuzu',
      documents: 1250,
      entities: 3411,
      relations: 8790,
      evidence: 15204,
      entitiesByType: {
        Person: 1402,
        Country: 187,
        Organization: 1210,
        Group: 301,
        Event: 95,
        Location: 216,
      },
      relationsByType: { ATTACKS: 512, SANCTIONS: 140, CONSULTS: 1675, CO_MENTIONED: 4210 },
      dateRange: { min: '2022-01-03', max: '2022-06-30' },
    }),
  },
  'get /api/search': {
    tag: 'graph',
    description:
      'Case- and diacritic-insensitive (`lukasenka` finds Łukašėnka): name or alias prefix, then word prefix, then (only when nothing matched) substring and edit distance ≤ 2; ranked by that order, then degree. `types` narrows to entity types.',
    parameters: { q: 'zelen', limit: 5 },
    response: json({
      results: [
        { id: ZEL.id, name: ZEL.name, type: ZEL.type, aliases: ZEL.aliases, degree: 6, score: 0.9 },
      ],
    }),
  },
  'get /api/entities/:id': {
    tag: 'graph',
    description:
      'Everything known about one entity: its roles, where it is mentioned, and its relations.',
    parameters: { id: ZEL.id },
    response: json({
      entity: ZEL,
      roles: [{ role: 'President', of: UKR.id, since: '2019-05-20' }],
      mentions: [
        {
          docId: DOC.id,
          start: DOC_TEXT.indexOf('Volodymyr'),
          end: DOC_TEXT.indexOf('Volodymyr') + 18,
          text: 'Volodymyr Zelensky',
          kind: 'name',
          sentence: 1,
        },
      ],
      documents: [DOC],
      relations: [EDGES.appeals],
    }),
  },
  'get /api/entities/:id/neighborhood': {
    tag: 'graph',
    description:
      'Entities within `depth` hops and the edges between them, filtered like `/api/subgraph`. At most `limit` nodes, kept by distance then degree: `omittedNodes` counts the nodes found but not kept, and `hiddenNeighbors` the edges of a node that are not in view.',
    parameters: { id: RUS.id, limit: 200 },
    response: json({
      nodes: [hidden(RUS, 12), hidden(UKR, 10), hidden(EU, 8)],
      edges: [EDGES.attacks, EDGES.sanctions],
      omittedNodes: 0,
    }),
  },
  'get /api/paths': {
    tag: 'graph',
    description:
      'Up to `limit` shortest paths of at most `maxHops` edges between two entity ids; `subgraph` holds every node and edge on them. Co-mentions (`CO_MENTIONED`) are only walked when listed in `relationTypes`.',
    parameters: { from: ZEL.id, to: 'RUS', maxHops: 4, limit: 5 },
    response: json({
      paths: [{ nodes: [ZEL.id, EU.id, RUS.id], edges: [EDGES.appeals.id, EDGES.sanctions.id] }],
      subgraph: {
        nodes: [hidden(ZEL, 5), hidden(EU, 8), hidden(RUS, 12)],
        edges: [EDGES.appeals, EDGES.sanctions],
        omittedNodes: 0,
      },
    }),
  },
  'get /api/subgraph': {
    tag: 'graph',
    description:
      'The part of the graph that passes the filters: entity types, relation types (comma lists), a date range (an edge is kept when `[firstDate, lastDate]` overlaps `[from, to]`; undated edges are dropped when a date is given), `minConfidence`. Co-mentions (`CO_MENTIONED`) only with `includeWeak=true`. At most `limit` nodes, kept by degree; `omittedNodes` counts the rest.',
    parameters: { limit: 500 },
    response: json({
      nodes: [hidden(RUS, 12), hidden(UKR, 10), hidden(EU, 8)],
      edges: [EDGES.attacks, EDGES.sanctions],
      omittedNodes: 0,
    }),
  },
  'get /api/relations/:id/evidence': {
    tag: 'graph',
    description:
      'The sentences an edge was read from, with the document they come from and the offsets of source, target and trigger words (`highlights`, offsets into the document text).',
    parameters: { id: EDGES.sanctions.id },
    response: json({ relation: EDGES.sanctions, evidence: [EVIDENCE_ROW] }),
  },
  'get /api/evidence/search': {
    tag: 'graph',
    description:
      'Full-text search over the evidence sentences: every word of `q` (at most 8) must occur in the sentence, in any case, as a word or part of one. One result per sentence, newest first, with its document, the relations it supports and where the words occur (`matches`: offsets into `text`); `truncated` when more sentences match than `limit`. A scan of the evidence, capped: see the graph-store README for its speed.',
    parameters: { q: 'sanctions Russia', limit: 20 },
    response: json({
      results: [
        {
          docId: EVIDENCE_ROW.docId,
          docTitle: EVIDENCE_ROW.docTitle,
          docDate: EVIDENCE_ROW.docDate,
          docSource: EVIDENCE_ROW.docSource,
          sentence: EVIDENCE_ROW.sentence,
          text: EVIDENCE_ROW.text,
          date: EVIDENCE_ROW.date,
          relations: [
            {
              id: EDGES.sanctions.id,
              source: EDGES.sanctions.source,
              type: EDGES.sanctions.type,
              target: EDGES.sanctions.target,
            },
          ],
          matches: wordMatches(EVIDENCE_ROW.text, ['sanctions', 'russia']),
        },
      ],
      truncated: false,
    }),
  },
  'get /api/events': {
    tag: 'meta',
    description:
      'A Server-Sent Events stream (`EventSource`): `ready` with the current version, then `graph-changed` after every committed write (ingest, delete, corrections) so a viewer can offer to refresh. Reconnect after `retry` ms when it drops; versions restart at 0 with the server.',
    response: {
      'text/event-stream':
        'event: ready\ndata: {"version":2}\n\nid: 3\nevent: graph-changed\ndata: {"reason":"ingest","documents":2,"relations":14,"version":3,"at":"2024-05-01T12:00:00.000Z"}\n\n: heartbeat\n\n',
    },
  },
  'get /api/documents': {
    tag: 'documents',
    description: 'Stored documents, `limit` per page from `offset`; `total` counts them all.',
    parameters: { limit: 20, offset: 0 },
    response: json({ total: 1250, limit: 20, offset: 0, documents: [DOC] }),
  },
  'get /api/documents/:id': {
    tag: 'documents',
    description:
      'One document with its full text: evidence and mention offsets index into `text` (UTF-16).',
    parameters: { id: DOC.id },
    response: json({ ...DOC, text: DOC_TEXT }),
  },
};

export const ROUTE_EXAMPLES: Record<string, RouteExample> = {
  ...READ_EXAMPLES,
  ...WRITE_EXAMPLES,
  ...CURATION_EXAMPLES,
};
