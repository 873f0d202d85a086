import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jTestConnection } from '@kg/neo4j-dev/testing';
import { SearchQuerySchema, type GraphEdge, type GraphNode, type Subgraph } from '@kg/schema';
import {
  buildExtraction,
  chainFixture,
  mergeFixtures,
  starFixture,
  worldFixture,
  type Fixture,
} from '../contract';
import { createEmbeddedStore } from '../embedded';
import type { GraphStore } from '../graph-store';
import { createNeo4jStore } from '../neo4j';
import { openNeo4jTestStore, wipeNeo4j } from '../testing';
import { tokenize } from '../cypher-guard';
import { exportSubgraph } from './export-subgraph';

/** Names and roles that would end a literal, a statement or a comment if written raw. */
const HOSTILE = `O'Brien "the; one" \\ // no comment /* nor this */ $x \`tick\` 🇺🇦\n\t\u2028end`;

function hostileFixture(): Fixture {
  return buildExtraction(
    [
      { id: 'o-brien', name: HOSTILE, type: 'Person', aliases: ['Brien;', "it's"] },
      { id: 'x.y:z_1', name: 'Ünïcödé; Ørg', type: 'Organization', aliases: [] },
      { id: 'HST', name: 'Hostilia', type: 'Country', iso3: 'HST', aliases: ['a\\b', '"q"'] },
      { id: 'lonely', name: 'Lone /* Wolf', type: 'Person', aliases: [] },
    ],
    [
      {
        id: 'doc-hostile',
        date: '2022-12-01',
        sentences: [
          {
            text: `${HOSTILE} heads Ünïcödé; Ørg.`,
            mentions: ['o-brien', 'x.y:z_1'],
            relations: [
              {
                source: 'o-brien',
                type: 'HOLDS_ROLE',
                target: 'x.y:z_1',
                role: `chief; 'boss' \\`,
              },
            ],
          },
          { text: 'Lone /* Wolf said nothing.', mentions: ['lonely'] },
          {
            text: 'Brien; criticised Hostilia.',
            mentions: ['o-brien', 'HST'],
            relations: [{ source: 'o-brien', type: 'CRITICIZES', target: 'HST', confidence: 1 }],
          },
          {
            text: 'Hostilia threatens Ünïcödé; Ørg.',
            mentions: ['HST', 'x.y:z_1'],
            relations: [
              {
                source: 'HST',
                type: 'THREATENS',
                target: 'x.y:z_1',
                confidence: 1e-7,
                negated: true,
              },
            ],
          },
        ],
      },
    ],
  );
}

/**
 * Statements as cypher-shell splits a file: at `;` outside string literals (with backslash
 * escapes), backtick names and comments.
 */
function splitStatements(script: string): string[] {
  const out: string[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const statement = script.slice(start, end).trim();
    if (tokenize(statement).length > 0) out.push(statement); // not a bare comment
  };
  for (const t of tokenize(script)) {
    if (t.kind !== 'punct' || t.value !== ';') continue;
    flush(t.pos);
    start = t.end;
  }
  flush(script.length);
  return out;
}

const plain = (v: unknown): unknown => (neo4j.isInt(v) ? v.toNumber() : v);
const plainMap = (m: object) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, plain(v)]));
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
const tally = (keys: string[]) =>
  keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const ENTITIES = `MATCH (n:Entity)
RETURN [l IN labels(n) WHERE l <> 'Entity'] AS l, properties(n) AS p ORDER BY n.id`;
const RELATIONSHIPS = `MATCH (s:Entity)-[r]->(t:Entity)
RETURN type(r) AS type, properties(r) AS p, s.id AS s, t.id AS t ORDER BY r.id`;

/** What the script must create for an entity / a relationship of the exported view. */
const entityOf = (n: GraphNode) => ({
  l: [n.type],
  p: {
    ...defined({ id: n.id, name: n.name, aliases: n.aliases, iso3: n.iso3 }),
    foldedName: expect.any(String),
    foldedAliases: expect.any(Array),
    searchText: expect.any(String),
  },
});
const relationshipOf = ({ type, ...props }: GraphEdge) => ({
  type,
  p: defined(props),
  s: props.source,
  t: props.target,
});

type Source = 'embedded' | 'neo4j';
type Select = (s: GraphStore) => Promise<Subgraph | null>;
const FIXTURES: Array<[string, () => Fixture]> = [
  [
    'the world, a star of 30 and a chain of 6',
    () => mergeFixtures(worldFixture(), starFixture(30), chainFixture(6)),
  ],
  ['hostile names and roles', () => mergeFixtures(worldFixture(), hostileFixture())],
];
/** What `kg export --format cypher` writes (whole graph, --focus/--depth), and exportAll. */
const VIEWS: Array<[string, Select]> = [
  ['kg export', (s) => s.subgraph({ limit: 500, minConfidence: 0, includeWeak: false })],
  [
    'kg export --focus VLT --depth 2',
    (s) => s.neighborhood('VLT', { depth: 2, limit: 500, minConfidence: 0, includeWeak: false }),
  ],
  ['exportAll (weak edges, unconnected entities)', (s) => s.exportAll()],
];
const CASES = (['embedded', 'neo4j'] as const).flatMap((source) =>
  FIXTURES.flatMap(([fixture, load]) =>
    VIEWS.map(([view, select]) => [source, fixture, view, load, select] as const),
  ),
);

describe('splitStatements (cypher-shell)', () => {
  it.each([
    ['a;b;', ['a', 'b']],
    ["RETURN 'x;\\'y';\n RETURN 1", ["RETURN 'x;\\'y'", 'RETURN 1']],
    [
      '/* ; */ MATCH (`a;b`) // ;\nRETURN "c;";\n// only a comment;',
      ['/* ; */ MATCH (`a;b`) // ;\nRETURN "c;"'],
    ],
  ])('should split %j into %j', (script, expected) => {
    expect(splitStatements(script)).toEqual(expected);
  });
});

describe('kg export --format cypher loaded into Neo4j', () => {
  let driver: Driver;
  const run = async (cypher: string) => {
    const session = driver.session({ database: neo4jTestConnection().database });
    try {
      return (await session.run(cypher)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };

  beforeAll(() => {
    const c = neo4jTestConnection();
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
  });
  afterAll(async () => {
    await driver?.close();
  });

  /**
   * The exported view of a store loaded with the fixture and, for the Neo4j store, the stored
   * entities and relationships of the view (what the script must give back, roles aside).
   */
  async function exported(source: Source, fixture: Fixture, select: Select) {
    const dir = await mkdtemp(join(tmpdir(), 'kg-cypher-export-'));
    const store =
      source === 'neo4j'
        ? await openNeo4jTestStore()
        : await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
    try {
      await store.ingest(fixture.result, fixture.texts);
      const view = await select(store);
      if (!view) throw new Error('no view');
      if (source === 'embedded') return { view };
      const ids = new Set([...view.nodes, ...view.edges].map((x) => x.id));
      const entities = (await run(ENTITIES)).filter((r) => ids.has(r.p.id));
      for (const r of entities) delete r.p.roles;
      const relationships = (await run(RELATIONSHIPS)).filter((r) => ids.has(r.p.id));
      return { view, stored: { entities, relationships } };
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  }

  it.each(CASES)(
    'should rebuild the %s store given %s: %s',
    async (source, _f, _v, load, select) => {
      const { view, stored } = await exported(source, load(), select);
      const statements = splitStatements(exportSubgraph(view, 'cypher').body as string);
      await wipeNeo4j(neo4jTestConnection());
      // twice: a user may run the file again, and MERGE changes nothing
      for (const s of [...statements, ...statements]) await run(s);

      const labels = await run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
      expect(Object.fromEntries(labels.map((r) => [r.label, plain(r.n)]))).toEqual({
        Entity: view.nodes.length,
        ...tally(view.nodes.map((n) => n.type)),
      });
      const types = await run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
      expect(Object.fromEntries(types.map((r) => [r.type, plain(r.n)]))).toEqual(
        tally(view.edges.map((e) => e.type)),
      );

      const entities = await run(ENTITIES);
      expect(entities).toEqual([...view.nodes].sort(byId).map(entityOf));
      const relationships = await run(RELATIONSHIPS);
      for (const r of relationships)
        expect(neo4j.isInt(r.p.count) && typeof r.p.confidence === 'number', r.p.id).toBe(true);
      const plainRels = (rows: typeof relationships) =>
        rows.map((r) => ({ ...r, p: plainMap(r.p) }));
      expect(plainRels(relationships)).toEqual([...view.edges].sort(byId).map(relationshipOf));
      if (stored) {
        expect(entities).toEqual(stored.entities);
        expect(relationships).toEqual(stored.relationships);
      }

      // the adapter's model: the Neo4j store reads the loaded graph and finds every name
      const store = await createNeo4jStore(neo4jTestConnection());
      try {
        const strip = (g: Subgraph) => ({
          nodes: g.nodes.map(({ degree: _d, hiddenNeighbors: _h, ...n }) => n).sort(byId),
          edges: [...g.edges].sort(byId),
        });
        expect(strip(await store.exportAll())).toEqual(strip(view));
        for (const n of view.nodes) {
          const hits = await store.search(SearchQuerySchema.parse({ q: n.name, limit: 100 }));
          expect(hits.find((h) => h.id === n.id)?.score, n.name).toBe(1);
        }
      } finally {
        await store.close();
      }
    },
  );
});
