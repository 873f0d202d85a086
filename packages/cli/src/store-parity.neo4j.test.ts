import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NeighborhoodQuerySchema,
  PathsQuerySchema,
  SearchQuerySchema,
  SubgraphQuerySchema,
  type EvidenceRow,
  type GraphNode,
  type Stats,
} from '@kg/schema';
import { createEmbeddedStore, type GraphStore } from '@kg/graph-store';
import {
  chainFixture,
  mergeFixtures,
  snapshot,
  starFixture,
  worldFixture,
} from '@kg/graph-store/contract';
import { openNeo4jTestStore } from '@kg/graph-store/testing';
import {
  extractArticles,
  normEntity,
  normPaths,
  normSubgraph,
  sampleActors,
  searchQueries,
  unordered,
} from './test-support/store-parity';

type Query = Record<string, string | number>;

const DATASETS = [
  ['the articles of data/articles, extracted as kg ingest does', extractArticles],
  [
    'the contract fixtures (weak edges, roles, a star, a chain)',
    async () => mergeFixtures(worldFixture(), starFixture(25), chainFixture(6)),
  ],
] as const;

const NEIGHBORHOODS: Array<[string, Query]> = [
  ['depth 1', {}],
  ['depth 2', { depth: 2 }],
  ['depth 2 capped at 8 nodes', { depth: 2, limit: 8 }],
  ['depth 3 capped at 12 nodes', { depth: 3, limit: 12 }],
  ['weak edges included', { includeWeak: 'true' }],
  ['persons and countries at depth 2', { depth: 2, types: 'Person,Country' }],
  ['confidence >= 0.8 at depth 2', { depth: 2, minConfidence: 0.8 }],
  ['a date window at depth 2', { depth: 2, from: '2022-03-01', to: '2022-06-30' }],
  ['three relation types', { depth: 2, relationTypes: 'HOLDS_ROLE,CRITICIZES,SUPPORTS' }],
  ['a weak type asked for by name', { relationTypes: 'CO_MENTIONED,SANCTIONS' }],
];

const SUBGRAPHS: Array<[string, Query]> = [
  ['no filter', {}],
  ['a cap of 10 nodes', { limit: 10 }],
  ['weak edges included', { includeWeak: 'true', limit: 25 }],
  ['organisations and countries', { types: 'Organization,Country' }],
  ['relation types', { relationTypes: 'SANCTIONS,SUPPORTS,HOLDS_ROLE' }],
  ['a date window', { from: '2022-04-01', to: '2022-12-31' }],
  ['confidence >= 0.85', { minConfidence: 0.85 }],
];

const PATHS: Array<[string, Query]> = [
  ['default', {}],
  ['at most 2 hops, 2 paths', { maxHops: 2, limit: 2 }],
  ['three relation types', { relationTypes: 'HOLDS_ROLE,SUPPORTS,CO_MENTIONED', maxHops: 6 }],
];

const withoutDialect = (stats: Stats) => ({ ...stats, dialect: 'any' });

describe.each(DATASETS)('the embedded and Neo4j stores given %s', (_name, load) => {
  let dir: string;
  let embedded: GraphStore;
  let neo4j: GraphStore;
  let nodes: GraphNode[];
  let actors: string[];
  const both = async <T>(read: (s: GraphStore) => Promise<T>): Promise<[T, T]> => [
    await read(embedded),
    await read(neo4j),
  ];

  beforeAll(async () => {
    const { result, texts } = await load();
    dir = await mkdtemp(join(tmpdir(), 'kg-parity-'));
    embedded = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
    neo4j = await openNeo4jTestStore();
    await embedded.ingest(result, texts);
    await neo4j.ingest(result, texts);
    nodes = (await embedded.exportAll()).nodes;
    actors = sampleActors(nodes);
  });
  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('should sample hubs, leaves and unconnected actors', () => {
    expect(actors.length).toBeGreaterThanOrEqual(12);
    const degree = (id: string) => nodes.find((n) => n.id === id)?.degree ?? 0;
    expect(degree(actors[0])).toBe(Math.max(...nodes.map((n) => n.degree ?? 0)));
    expect(actors.some((id) => degree(id) === 1)).toBe(true);
  });

  it('should hold the same entities, relationships, evidence, documents and stats', async () => {
    const [a, b] = (await both((s) => snapshot(s))) as Array<{
      stats: Stats;
      evidence: Array<EvidenceRow[] | null>;
    }>;
    const norm = (s: typeof a) => ({
      ...s,
      stats: withoutDialect(s.stats),
      evidence: s.evidence.map((rows) => rows && unordered(rows)),
    });
    expect(norm(b)).toEqual(norm(a));
    expect(a.evidence.every((rows) => rows !== null && rows.length > 0)).toBe(true);
  });

  it('should give every entity the same detail (aliases, roles, mentions, relations)', async () => {
    for (const n of nodes) {
      const [a, b] = await both((s) => s.getEntity(n.id));
      expect(normEntity(b), n.id).toEqual(normEntity(a));
    }
    expect(await neo4j.getEntity('no-such-entity')).toBeNull();
  });

  it('should list and return the documents in the same order', async () => {
    for (const offset of [0, 3, 9]) {
      const [a, b] = await both((s) => s.listDocuments({ limit: 3, offset }));
      expect(b, `offset ${offset}`).toEqual(a);
    }
    const { documents } = await embedded.listDocuments({ limit: 100, offset: 0 });
    for (const d of documents) {
      const [a, b] = await both((s) => s.getDocument(d.id));
      expect(b, d.id).toEqual(a);
    }
  });

  it('should return the same evidence rows, earliest first', async () => {
    const edges = (await embedded.exportAll()).edges;
    for (const e of edges.filter((x) => actors.includes(x.source) || actors.includes(x.target))) {
      const [a, b] = await both((s) => s.evidence(e.id));
      expect(unordered(b ?? []), e.id).toEqual(unordered(a ?? []));
      const dates = (b ?? []).map((r) => r.date ?? '\uffff');
      expect(dates, e.id).toEqual([...dates].sort());
    }
    expect(await neo4j.evidence('nobody__SANCTIONS__nothing')).toBeNull();
  });

  it.each(NEIGHBORHOODS)('should return the same neighbourhoods: %s', async (_label, q) => {
    const query = NeighborhoodQuerySchema.parse(q);
    for (const id of actors) {
      const [a, b] = await both((s) => s.neighborhood(id, query));
      expect(normSubgraph(b), id).toEqual(normSubgraph(a));
    }
  });

  it.each(SUBGRAPHS)('should return the same subgraph: %s', async (_label, q) => {
    const [a, b] = await both((s) => s.subgraph(SubgraphQuerySchema.parse(q)));
    expect(normSubgraph(b)).toEqual(normSubgraph(a));
    expect(a.nodes.length).toBeGreaterThan(0);
  });

  it.each(PATHS)('should find the same shortest paths: %s', async (_label, q) => {
    let found = 0;
    for (const [i, from] of actors.entries()) {
      for (const to of [actors[0], actors[(i + 1) % actors.length]]) {
        const query = PathsQuerySchema.parse({ ...q, from, to });
        const [a, b] = await both((s) => s.paths(query));
        expect(normPaths(b), `${from} -> ${to}`).toEqual(normPaths(a));
        found += a?.paths.length ?? 0;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('should rank the same search hits (prefix, substring, typo, case, alias, type filter)', async () => {
    const queries = searchQueries(nodes, actors);
    for (const [kind, q] of queries) {
      for (const extra of [{}, { limit: 3 }, { types: 'Person,Organization' }]) {
        const query = SearchQuerySchema.parse({ q, limit: 20, ...extra });
        const [a, b] = await both((s) => s.search(query));
        expect(b, `${kind} "${q}" ${JSON.stringify(extra)}`).toEqual(a);
      }
    }
    expect(new Set(queries.map(([kind]) => kind))).toEqual(
      new Set(['prefix', 'substring', 'typo', 'two typos in a word', 'lower case', 'alias']),
    );
  });
});
