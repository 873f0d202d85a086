import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiErrorSchema, SavedViewRecordSchema } from '@kg/schema';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../create-app';
import { createFailingStore } from '../test-support/failing-store';
import { silentLogger, testConfig, TEST_TOKEN } from '../test-support/test-app';
import { createFileViewStore } from '../view-store';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-views-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const VIEW = {
  name: 'EU sanctions',
  state: { focus: 'BLR', depth: 2, relationTypes: ['SANCTIONS'], from: '2022-01-01' },
  positions: { BLR: [0, 0], RUS: [10.5, -3] },
  title: 'Sanctions on <Belarus>',
  caption: 'Sample corpus',
};

/** An app over a view file; the graph store is never touched by these routes. */
function appFor(file: string, token: string | null = TEST_TOKEN, limits = {}) {
  const config = testConfig();
  config.apiToken = token ?? undefined;
  return createApp({
    store: createFailingStore(new Error('unused')),
    config,
    logger: silentLogger,
    views: createFileViewStore(path.join(dir, file), limits),
  });
}
const auth = { Authorization: `Bearer ${TEST_TOKEN}` };
const errorOf = (body: unknown) => ApiErrorSchema.parse(body).error;

describe('view-routes', () => {
  describe('#POST/GET/DELETE /api/views', () => {
    it('should create, list, get and delete a view, and keep it across a restart', async () => {
      const app = appFor('crud.json');
      const created = await request(app).post('/api/views').set(auth).send(VIEW).expect(201);
      const view = SavedViewRecordSchema.parse(created.body);
      expect(view.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(created.headers.location).toBe(`/api/views/${view.id}`);
      expect(view).toMatchObject(VIEW);

      const list = await request(app).get('/api/views').expect(200);
      expect(list.body.views).toEqual([
        { id: view.id, name: VIEW.name, title: VIEW.title, createdAt: view.createdAt },
      ]);

      const restarted = appFor('crud.json');
      const again = await request(restarted).get(`/api/views/${view.id}`).expect(200);
      expect(again.body).toEqual(view);

      await request(restarted).delete(`/api/views/${view.id}`).set(auth).expect(200, {
        deleted: true,
        id: view.id,
      });
      await request(restarted).get(`/api/views/${view.id}`).expect(404);
      await request(appFor('crud.json')).get(`/api/views/${view.id}`).expect(404);
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('should keep every view when many are saved at once', async () => {
      const app = appFor('parallel.json');
      const ids = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          request(app)
            .post('/api/views')
            .set(auth)
            .send({ ...VIEW, name: `v${i}` })
            .expect(201)
            .then((r) => r.body.id as string),
        ),
      );
      expect(new Set(ids).size).toBe(12);
      const list = await request(appFor('parallel.json')).get('/api/views').expect(200);
      expect(list.body.views.map((v: { id: string }) => v.id).sort()).toEqual([...ids].sort());
    });
  });

  describe('validation', () => {
    it.each([
      [{}, 'body.name: is required'],
      [{ ...VIEW, name: '  ' }, 'body.name: name must not be empty'],
      [{ ...VIEW, state: { depth: 9 } }, 'body.state.depth: must be <= 3'],
      [{ ...VIEW, state: { types: ['Planet'] } }, 'body.state.types[0]: must be one of'],
      [{ ...VIEW, state: { from: '2022-02-30' } }, 'body.state.from'],
      [{ ...VIEW, state: { script: 'x' } }, 'body.state: unknown keys: script'],
      [{ ...VIEW, positions: { BLR: [1, 'x'] } }, 'body.positions.BLR[1]'],
      [{ ...VIEW, extra: 1 }, 'body: unknown keys: extra'],
    ])('should 400 on %j naming the field', async (body, message) => {
      const res = await request(appFor('bad.json')).post('/api/views').set(auth).send(body);
      expect(res.status).toBe(400);
      expect(errorOf(res.body).message).toContain(message);
    });

    it.each([
      ['/api/views/a', 400],
      ['/api/views/no-such-view-id', 404],
    ])('should answer GET %s with %i', async (url, status) => {
      const res = await request(appFor('bad.json')).get(url).expect(status);
      expect(errorOf(res.body).code).toBe(status === 400 ? 'bad_request' : 'not_found');
    });

    it.each([
      ['Sanctions on Belarus', /state\.query: a query must start with MATCH/],
      ['MATCH (n) DETACH DELETE n', /state\.query: write clause DETACH DELETE/],
      ['UNWIND `range`(1, 300000000) AS x RETURN x', /state\.query: range\(\) .* would build/],
      ['MATCH (n) RETURN n /* open', /state\.query: unterminated \/\* comment/],
    ])('should 400 a view whose state.query %j is not read-only Cypher', async (query, why) => {
      const res = await request(appFor('q.json'))
        .post('/api/views')
        .set(auth)
        .send({ ...VIEW, state: { ...VIEW.state, query } })
        .expect(400);
      expect(errorOf(res.body).message).toMatch(why);
    });

    it.each(['MATCH (c:Country) RETURN c.name', '', '  '])(
      'should save a view whose state.query is %j',
      async (query) => {
        await request(appFor('q.json'))
          .post('/api/views')
          .set(auth)
          .send({ ...VIEW, state: { ...VIEW.state, query } })
          .expect(201);
      },
    );

    it('should 415 on a non-JSON body', async () => {
      await request(appFor('bad.json'))
        .post('/api/views')
        .set(auth)
        .set('Content-Type', 'text/plain')
        .send('name=x')
        .expect(415);
    });
  });

  describe('limits', () => {
    it('should 413 on a body over the limit and on a view over the per-view limit', async () => {
      const query = `MATCH (n) RETURN n /* ${'x'.repeat(19_000)} */`;
      const huge = { ...VIEW, caption: undefined, state: { query } };
      const res = await request(appFor('big.json', TEST_TOKEN, { maxViewBytes: 10_000 }))
        .post('/api/views')
        .set(auth)
        .send(huge)
        .expect(413);
      expect(errorOf(res.body).message).toMatch(/more than the 10000 allowed/);
      const r2 = await request(appFor('big.json'))
        .post('/api/views')
        .set(auth)
        .send({ ...VIEW, caption: 'c'.repeat(600_000) });
      expect(r2.status).toBe(413);
      expect(errorOf(r2.body).code).toBe('payload_too_large');
    });

    it('should 422 when the store holds the maximum number of views', async () => {
      const app = appFor('full.json', TEST_TOKEN, { maxViews: 2 });
      await request(app).post('/api/views').set(auth).send(VIEW).expect(201);
      await request(app).post('/api/views').set(auth).send(VIEW).expect(201);
      const res = await request(app).post('/api/views').set(auth).send(VIEW).expect(422);
      expect(errorOf(res.body).message).toMatch(/already holds 2 views: delete some/);
    });
  });

  describe('auth', () => {
    it.each([
      [{}, 401],
      [{ Authorization: 'Bearer wrong-token-wrong-token' }, 401],
    ])('should refuse saving with headers %j when a token is configured', async (h, status) => {
      await request(appFor('auth.json')).post('/api/views').set(h).send(VIEW).expect(status);
    });

    it('should let anyone save but nobody delete when no token is configured', async () => {
      const app = appFor('open.json', null);
      const { body } = await request(app).post('/api/views').send(VIEW).expect(201);
      const res = await request(app).delete(`/api/views/${body.id}`).set(auth).expect(403);
      expect(errorOf(res.body).message).toMatch(/KG_API_TOKEN/);
      await request(app).get(`/api/views/${body.id}`).expect(200);
    });

    it('should 401 a delete without the token', async () => {
      await request(appFor('auth.json')).delete('/api/views/abcdefgh').expect(401);
    });
  });

  describe('not configured', () => {
    it('should 501 every views route without a ViewStore', async () => {
      const app = createApp({
        store: createFailingStore(new Error('unused')),
        config: testConfig(),
        logger: silentLogger,
      });
      await request(app).get('/api/views').expect(501);
      await request(app).post('/api/views').set(auth).send(VIEW).expect(501);
    });
  });
});
