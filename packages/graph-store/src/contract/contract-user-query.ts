import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '@kg/schema';
import type { GraphStore } from '../graph-store';
import { QueryRejectedError, QuerySyntaxError, QueryTimeoutError } from '../errors';
import { worldFixture } from './fixtures';
import { ALLOWED_QUERIES, HEAVY_QUERIES, HOSTILE_QUERIES } from './guard-cases';
import { snapshot } from './graph-store-contract';
import type { StoreFactory } from './graph-store-contract';

const OPTS = { limit: 1000, timeoutMs: 10_000 };
const ENTITY_SET = Object.fromEntries(ENTITY_TYPES.map((t) => [t, true]));

export function describeUserQueryContract(factory: StoreFactory): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let before: unknown;
  beforeAll(async () => {
    ({ store, cleanup } = await factory());
    const { result, texts } = worldFixture();
    await store.ingest(result, texts);
    before = await snapshot(store);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  describe('#runUserQuery', () => {
    it.each(HOSTILE_QUERIES.map((c) => [c.name, c.query]))(
      'should refuse %s',
      async (_name, query) => {
        const err = await store.runUserQuery(query, {}, OPTS).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).not.toBeNull();
        expect(err instanceof QueryRejectedError || err instanceof QuerySyntaxError).toBe(true);
        expect((err as Error).message).toMatch(/@kg\/graph-store\//);
      },
    );

    it.each(HEAVY_QUERIES.map((c) => [c.name, c.query]))(
      'should refuse %s before it runs',
      async (_name, query) => {
        const t0 = performance.now();
        const err = await store
          .runUserQuery(query, { n: 300000000 }, OPTS)
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(QueryRejectedError);
        expect((err as Error).message).toMatch(/would build|integer literal|estimated cost/);
        expect(performance.now() - t0).toBeLessThan(1000);
      },
    );

    it('should leave the store unchanged after every refused query', async () => {
      expect(await snapshot(store)).toEqual(before);
    });

    it.each(ALLOWED_QUERIES.map((c) => [c.name, c]))('should run %s', async (_name, c) => {
      const r = await store.runUserQuery(c.query, c.params ?? {}, OPTS);
      expect(r.dialect).toBe(store.dialect);
      if (c.rows !== undefined) expect(r.rows).toHaveLength(c.rows);
      expect(r.columns.length).toBeGreaterThan(0);
    });

    it('should say why a write is refused and how to add data', async () => {
      await expect(store.runUserQuery("CREATE (:Person {id: 'x'})", {}, OPTS)).rejects.toThrow(
        /CREATE.*read-only/,
      );
    });

    it('should cap rows and flag the result as truncated', async () => {
      const r = await store.runUserQuery(
        'UNWIND range(1, 50) AS x RETURN x',
        {},
        { limit: 10, timeoutMs: 10_000 },
      );
      expect(r.rows).toHaveLength(10);
      expect(r.truncated).toBe(true);
      const all = await store.runUserQuery('UNWIND range(1, 5) AS x RETURN x', {}, OPTS);
      expect(all).toMatchObject({ truncated: false, rows: [[1], [2], [3], [4], [5]] });
    });

    it('should return plain JSON values and collect graph elements', async () => {
      const r = await store.runUserQuery(
        'MATCH (a:Country)-[r:SANCTIONS]->(b:Country) RETURN a, r, b, r.count AS n',
        {},
        OPTS,
      );
      expect(r.rows).toHaveLength(1);
      const [a, rel, , n] = r.rows[0] as [
        Record<string, unknown>,
        Record<string, unknown>,
        unknown,
        unknown,
      ];
      expect(a).toMatchObject({ id: 'VLT', name: 'Veltrania', type: 'Country' });
      expect(rel).toMatchObject({
        id: 'VLT__SANCTIONS__OST',
        source: 'VLT',
        target: 'OST',
        type: 'SANCTIONS',
        count: 2,
        firstDate: '2022-03-01',
      });
      expect(n).toBe(2);
      expect(r.nodes.map((x) => x.id).sort()).toEqual(['OST', 'VLT']);
      expect(r.edges.map((x) => x.id)).toEqual(['VLT__SANCTIONS__OST']);
    });

    it('should mark bookkeeping records apart from actors, in the same shape on every store', async () => {
      const r = await store.runUserQuery('MATCH (n) RETURN n', {}, OPTS);
      const values = r.rows.map((row) => row[0] as Record<string, unknown>);
      const actors = new Set(r.nodes.map((n) => n.id));
      const records = values.filter((v) => !actors.has(v.id as string));
      expect(actors.size).toBeGreaterThan(0);
      expect(r.nodes.every((n) => (ENTITY_TYPES as readonly string[]).includes(n.type))).toBe(true);
      const labels = new Set(records.flatMap((v) => v.labels as string[]));
      expect([...labels]).toEqual(expect.arrayContaining(['Document', 'Evidence']));
      for (const v of records) {
        expect(Object.keys(v).sort()).toEqual(['labels', 'properties']);
        expect((v.labels as string[]).some((l) => l in ENTITY_SET)).toBe(false);
        expect(Object.values(v.properties as object)).not.toContain(null);
      }
      const doc = records.find((v) => (v.labels as string[]).includes('Document'));
      expect(doc?.properties).toMatchObject({ id: expect.any(String), title: expect.any(String) });

      const m = await store.runUserQuery('MATCH (:Document)-[m]->() RETURN m LIMIT 1', {}, OPTS);
      expect(m.rows[0][0]).toEqual({ type: 'MENTIONS', properties: expect.any(Object) });
      expect(m.edges).toEqual([]);

      const p = await store.runUserQuery(
        'MATCH p = (:Country)-[:SANCTIONS]->(:Country) RETURN p',
        {},
        OPTS,
      );
      const path = p.rows[0][0] as { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
      expect(path.nodes.map((n) => n.id)).toEqual(['VLT', 'OST']);
      expect(path.edges.map((e) => e.id)).toEqual(['VLT__SANCTIONS__OST']);
    });

    it('should stop a query at its timeout', async () => {
      // a product the size guard cannot see (lists collected first): the engine's timeout stops it
      const slow =
        'UNWIND range(1, 20000) AS i WITH collect(i) AS l UNWIND l AS x UNWIND l AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS c';
      await expect(
        store.runUserQuery(slow, {}, { limit: 10, timeoutMs: 200 }),
      ).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(await store.ping()).toBe(true);
    });

    it('should report a syntax error as QuerySyntaxError', async () => {
      await expect(store.runUserQuery('MATCH (n:Person RETURN n', {}, OPTS)).rejects.toBeInstanceOf(
        QuerySyntaxError,
      );
    });
  });
}
