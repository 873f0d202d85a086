/** Descriptions and examples of the corrections routes (issue #18). */
import type { Json } from './openapi-components';
import { DOC } from './openapi-example-data';
import type { RouteExample } from './openapi-examples';

const json = (value: unknown) => ({ 'application/json': value as Json });

const MERGE = {
  kind: 'merge',
  survivor: { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan' },
  merged: [{ id: 'erdo', name: 'Erdo' }],
};
const RECORD = {
  v: 1,
  id: 'c-mf3k2x-4f9a1c',
  at: '2022-06-01T09:30:00.000Z',
  author: 'ana',
  why: 'the extractor cut the name',
  ...MERGE,
};
const REJECT = {
  v: 1,
  id: 'c-mf3k3a-77b20e',
  at: '2022-06-01T09:31:00.000Z',
  author: 'ana',
  kind: 'reject',
  relation: { source: 'reuters', type: 'DEMANDS', target: 'natalia-gavrilita' },
  reason: 'wrong-actor',
};
const STATS = {
  dialect: 'kuzu',
  documents: 120,
  entities: 431,
  relations: 655,
  evidence: 902,
  entitiesByType: { Person: 150, Country: 60, Organization: 221 },
  relationsByType: { MEET: 80, SANCTIONS: 40 },
  dateRange: { min: '2022-02-20', max: '2022-06-01' },
};

export const CURATION_EXAMPLES: Record<string, RouteExample> = {
  'get /api/corrections': {
    tag: 'corrections',
    description:
      'The whole corrections log in log order (`records`), the ids of the corrections in effect (`active`: not undone, not undo records, no conflict) and the notes the viewer shows, by entity id (a survivor carries "merged from ...") and by relation id (a rejected relation keeps its note though it left the graph).',
    response: json({
      records: [RECORD, REJECT],
      active: [RECORD.id, REJECT.id],
      notes: {
        entities: {
          'recep-tayyip-erdogan': [
            {
              correction: RECORD.id,
              kind: 'merged-from',
              text: 'merged from Erdo',
              by: 'ana',
              at: RECORD.at,
            },
          ],
        },
        relations: {
          'reuters__DEMANDS__natalia-gavrilita': [
            {
              correction: REJECT.id,
              kind: 'rejected',
              text: 'rejected: wrong actor (ana)',
              reason: 'wrong-actor',
              by: 'ana',
              at: REJECT.at,
            },
          ],
        },
      },
    }),
  },
  'post /api/corrections': {
    tag: 'corrections',
    description:
      'Appends a correction to the log (`$KG_DATA_DIR/corrections.log.jsonl`) and applies it at once: the documents it affects are re-extracted and stored again with every correction in effect applied (`reingested`). Kinds: merge, rename, retype, split, reject (with a reason), confirm, add (a relation stated by a sentence selected in the document reader: `evidence` is a UTF-16 span of the document text). 404 when an actor, relation or document it names is not in the graph; 409 when it conflicts with a correction in effect (the message names it).',
    body: json({ ...MERGE, author: 'ana', why: 'the extractor cut the name' }),
    response: json({ record: RECORD, reingested: 3, stats: STATS }),
  },
  'post /api/corrections/:id/undo': {
    tag: 'corrections',
    description:
      'Withdraws a correction by appending an `undo` record (the log is never rewritten) and re-ingests the documents it had changed. 404 for an unknown id; 409 when it was already undone or is itself an undo.',
    parameters: { id: RECORD.id },
    body: json({ author: 'ana', why: `merged by mistake (see ${DOC.id})` }),
    response: json({
      record: {
        v: 1,
        id: 'c-mf3k9q-0c1d2e',
        at: '2022-06-01T10:00:00.000Z',
        author: 'ana',
        kind: 'undo',
        target: RECORD.id,
      },
      reingested: 3,
      stats: STATS,
    }),
  },
};
