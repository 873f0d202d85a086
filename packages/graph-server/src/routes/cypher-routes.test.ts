import { ApiErrorSchema, CypherResultSchema } from '@kg/schema';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from '../test-support/test-app';
import { createTestEnv } from '../test-support/test-app';

let env: TestEnv;
let app: Express;

beforeAll(async () => {
  env = await createTestEnv();
  app = env.makeApp({ maxRows: 2 });
});
afterAll(() => env?.close());

const cypher = (body: unknown) =>
  request(app)
    .post('/api/cypher')
    .send(body as object);

describe('cypher-routes', () => {
  describe('#POST /api/cypher', () => {
    it('should run a read query with parameters', async () => {
      const res = await cypher({
        query: 'MATCH (c:Country) WHERE c.id = $id RETURN c.name AS name',
        params: { id: 'SYL' },
      }).expect(200);
      const result = CypherResultSchema.parse(res.body);
      expect(result).toMatchObject({
        columns: ['name'],
        rows: [['Sylvania']],
        truncated: false,
        dialect: env.store.dialect,
      });
    });

    it('should cap rows at KG_MAX_ROWS and say so', async () => {
      const res = await cypher({ query: 'MATCH (c:Country) RETURN c.id', limit: 100 }).expect(200);
      expect(res.body.rows).toHaveLength(2);
      expect(res.body.truncated).toBe(true);
    });

    it('should return graph elements found in the rows', async () => {
      const res = await cypher({
        query: 'MATCH (a:Country)-[r:SANCTIONS]->(b:Country) RETURN a, r, b',
      }).expect(200);
      const result = CypherResultSchema.parse(res.body);
      expect(result.nodes.map((n) => n.id).sort()).toEqual(['FRE', 'SYL']);
      expect(result.edges.map((e) => e.type)).toEqual(['SANCTIONS']);
    });

    it.each([
      "CREATE (:Person {id: 'intruder', name: 'X'})",
      "MATCH (n:Country {id: 'FRE'}) SET n.name = 'Hacked'",
      'MATCH (n) DETACH DELETE n',
      "MATCH (n) RETURN n; CREATE (:Person {id: 'y'})",
      "/* harmless */ MERGE (:Country {id: 'ZZZ'})",
      "// read\nMATCH (n:Country) WITH n CREATE (:Person {id: 'z'})",
      "MATCH (n:Country) ＳＥＴ n.name = 'x'",
      "COPY (MATCH (n) RETURN n) TO '/tmp/kg-leak.csv'",
      "LOAD FROM '/etc/passwd' RETURN *",
      'CALL timeout=0',
      "ATTACH '/tmp/other' AS other (dbtype kuzu)",
      'DROP TABLE Country',
      'RETURN 1 +',
    ])('should refuse %j with a 400 and leave the graph unchanged', async (query) => {
      const before = await env.store.stats();
      const res = await cypher({ query }).expect(400);
      expect(ApiErrorSchema.parse(res.body).error.code).toBe('bad_request');
      expect(await env.store.stats()).toEqual(before);
    });

    it.each([
      [{}, 'body.query: is required'],
      [{ query: '   ' }, 'body.query: query must not be empty'],
      [{ query: 'RETURN 1', limit: 0 }, 'body.limit: must be >= 1'],
      [{ query: 'RETURN 1', limit: 1e300 }, 'body.limit: must be <= 10000'],
      [{ query: 'RETURN 1', params: [] }, 'body.params'],
      [
        { query: 'RETURN $p', params: { p: [[[[[[[[[[1]]]]]]]]]] } },
        'body.params: nested deeper than 8 levels',
      ],
      [[1, 2], 'body: must be an object'],
    ])('should 400 the body %j', async (body, message) => {
      const res = await cypher(body).expect(400);
      expect(res.body.error.message).toContain(message);
    });

    it('should 415 a non-JSON body and 413 a body over 100kb', async () => {
      await request(app)
        .post('/api/cypher')
        .type('text/plain')
        .send('MATCH (n) RETURN n')
        .expect(415);
      const big = await cypher({ query: `RETURN '${'x'.repeat(110 * 1024)}'` }).expect(413);
      expect(big.body.error.code).toBe('payload_too_large');
    });

    it.each([
      ['UNWIND `range`(1, 300000000) AS x RETURN count(x)', 'would build 300,000,000 items'],
      ["RETURN size(lpad('', 150000000, 'x'))", 'would build 150,000,000 characters'],
      ["RETURN repeat('ab', 20000000)", 'would build 40,000,000 characters'],
      [
        'UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)',
        'estimated cost 1,000,000,000,000',
      ],
    ])('should refuse the heavy %j with a 400 saying why', async (query, message) => {
      const res = await cypher({ query }).expect(400);
      expect(res.body.error.message).toContain(message);
    });

    it('should refuse a result over KG_MAX_RESPONSE_BYTES with a 422 saying how to narrow it', async () => {
      const small = env.makeApp({ maxResponseBytes: 4000 });
      const ok = await request(small).post('/api/cypher').send({ query: "RETURN 'abab' AS s" });
      expect(ok.status).toBe(200);
      for (const query of [
        `RETURN '${'ab'.repeat(2500)}' AS s`,
        "UNWIND range(1, 300) AS i RETURN i, 'xxxxxxxxxxxxxxxxxxxx' AS s",
      ]) {
        const res = await request(small).post('/api/cypher').send({ query }).expect(422);
        expect(ApiErrorSchema.parse(res.body).error).toMatchObject({
          code: 'unprocessable',
          details: { reason: 'result_too_large' },
        });
        expect(res.body.error.message).toMatch(/larger than .*4,000 bytes.*LIMIT/);
      }
    });

    it('should rate-limit per client', async () => {
      const limited = env.makeApp({ rateLimit: 1 });
      await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
      await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(429);
    });
  });
});
