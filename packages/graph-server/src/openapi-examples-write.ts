/** Descriptions and examples of the write, Cypher, export, view and meta routes. */
import type { Json } from './openapi-components';
import { DOC, DOC_TEXT, EDGES, NODES } from './openapi-example-data';
import type { RouteExample } from './openapi-examples';

const json = (value: unknown) => ({ 'application/json': value as Json });
const { RUS, EU } = NODES;

const VIEW = {
  name: 'EU sanctions on Russia, spring 2022',
  state: {
    focus: RUS.id,
    depth: 1,
    relationTypes: ['SANCTIONS', 'ATTACKS'],
    from: '2022-02-24',
    to: '2022-05-31',
    minConfidence: 0.6,
    camera: { x: 0.5, y: 0.5, ratio: 1.2 },
    sizeMode: 'degree',
    colorMode: 'type',
  },
  positions: { [RUS.id]: [0.1, 0.4], [EU.id]: [-0.3, 0.2] },
  title: 'Who sanctioned Russia',
  caption: 'Sanctions and attacks around Russia in the first months of the invasion of Ukraine.',
};
const VIEW_RECORD = { id: 'q3X9vTb2kL', ...VIEW, createdAt: '2022-06-01T09:30:00.000Z' };

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_name" for="node" attr.name="name" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="${EU.id}"><data key="n_name">${EU.name}</data></node>
    <node id="${RUS.id}"><data key="n_name">${RUS.name}</data></node>
    <edge id="${EDGES.sanctions.id}" source="${EU.id}" target="${RUS.id}"/>
  </graph>
</graphml>
`;

export const WRITE_EXAMPLES: Record<string, RouteExample> = {
  'post /api/documents': {
    tag: 'documents',
    description:
      'Extracts entities and relations from the posted documents and stores them. A document with an `id` already stored is replaced (`report.replaced`), or skipped when its text is unchanged. Send one text (`text/plain`, `text/markdown`, `text/html`; metadata in the query string), JSON (`{ documents: [...] }`) or NDJSON (one document per line). 422 when no document could be ingested; `failures` lists the others.',
    parameters: {
      title: DOC.title,
      date: DOC.date,
      source: DOC.source,
      id: DOC.id,
      format: 'text',
    },
    body: {
      'application/json': {
        documents: [
          { id: DOC.id, title: DOC.title, date: DOC.date, source: DOC.source, text: DOC_TEXT },
        ],
      },
      'text/plain': DOC_TEXT,
      'text/markdown': `# ${DOC.title}\n\n${DOC_TEXT}\n`,
      'text/html': `<article><h1>${DOC.title}</h1><p>${DOC_TEXT}</p></article>`,
      'application/x-ndjson': `${JSON.stringify({ id: DOC.id, title: DOC.title, date: DOC.date, text: DOC_TEXT })}\n`,
    },
    response: json({
      documents: [DOC.id],
      failures: [],
      report: { documents: 1, unchanged: 0, replaced: 0, entities: 4, relations: 3, evidence: 3 },
    }),
  },
  'delete /api/documents/:id': {
    tag: 'documents',
    description: 'Deletes a document and its evidence.',
    parameters: { id: DOC.id },
    response: json({ deleted: true, id: DOC.id }),
  },
  'post /api/cypher': {
    tag: 'cypher',
    description:
      'Runs one read-only Cypher query with `$parameters` and a row cap (`limit`, at most `KG_MAX_ROWS`; `truncated` says when rows were cut). Writes, file access and procedures are refused with 400, and so are queries building huge values. Nodes and relationships in the rows are also returned in `nodes` and `edges` so a viewer can draw them.',
    body: json({
      query:
        'MATCH (a)-[r:SANCTIONS]->(b:Country) WHERE b.id = $id RETURN a.name AS source, r.confidence AS confidence',
      params: { id: RUS.id },
      limit: 100,
    }),
    response: json({
      columns: ['source', 'confidence'],
      rows: [[EU.name, 0.9]],
      truncated: false,
      dialect: 'kuzu',
      nodes: [],
      edges: [],
      elapsedMs: 3.4,
    }),
  },
  'get /api/export': {
    tag: 'export',
    description:
      'Downloads the whole graph, the subgraph that passes the filters (any filter given, as in `/api/subgraph`), or the neighbourhood of `entity` (`depth` hops), as graphology JSON, GEXF 1.3, GraphML, a Cypher script (`cypher`) or CSV files for `neo4j-admin import` (`csv`, returned as `{ format, files }` JSON). Sent with `Content-Disposition: attachment`.',
    parameters: { format: 'graphml', entity: RUS.id },
    response: {
      'application/json': {
        options: { type: 'directed', multi: true, allowSelfLoops: true },
        attributes: {},
        nodes: [{ key: RUS.id, attributes: { label: RUS.name, name: RUS.name, type: RUS.type } }],
        edges: [],
      },
      'application/graphml+xml': GRAPHML,
    },
  },
  'get /api/views': {
    tag: 'views',
    description: 'The saved views (id, name, title, creation time), without their state.',
    response: json({
      views: [
        {
          id: VIEW_RECORD.id,
          name: VIEW.name,
          title: VIEW.title,
          createdAt: VIEW_RECORD.createdAt,
        },
      ],
    }),
  },
  'get /api/views/:id': {
    tag: 'views',
    description: 'One saved view; the viewer opens it with `/?view=<id>`.',
    parameters: { id: VIEW_RECORD.id },
    response: json(VIEW_RECORD),
  },
  'post /api/views': {
    tag: 'views',
    description:
      'Saves the viewer state (filters, focus, camera, pinned positions) under a new random id, answered with `Location: /api/views/<id>`. A `query` in the state must be read-only Cypher that `/api/cypher` would accept.',
    body: json(VIEW),
    response: json(VIEW_RECORD),
  },
  'delete /api/views/:id': {
    tag: 'views',
    description: 'Deletes a saved view; links to it (`/?view=<id>`) stop working.',
    parameters: { id: VIEW_RECORD.id },
    response: json({ deleted: true, id: VIEW_RECORD.id }),
  },
  'get /api/docs': {
    tag: 'meta',
    description:
      'This reference as a web page (Swagger UI, served from the server itself: no CDN). `/api/docs/` redirects here.',
  },
  'get /api/openapi.json': {
    tag: 'meta',
    description:
      'This OpenAPI 3.1 description, generated from the zod schemas the routes validate with. Browse it at `/api/docs`.',
  },
};
