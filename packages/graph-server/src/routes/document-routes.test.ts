import { ApiErrorSchema } from '@kg/schema';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestResponseSchema } from '../response-schemas';
import type { TestEnv } from '../test-support/test-app';
import { TEST_TOKEN, createTestEnv } from '../test-support/test-app';

let env: TestEnv;
let app: Express;
const auth = { Authorization: `Bearer ${TEST_TOKEN}` };

beforeAll(async () => {
  env = await createTestEnv();
  app = env.makeApp({ bodyLimit: 64 * 1024 });
});
afterAll(() => env?.close());

describe('document-routes', () => {
  describe('#POST /api/documents', () => {
    it('should ingest a text/plain body with metadata from the query', async () => {
      const res = await request(app)
        .post('/api/documents?id=posted-text&title=Plain&date=2022-05-01')
        .set(auth)
        .type('text/plain')
        .send('Freedonia praised Sylvania.')
        .expect(201);
      expect(IngestResponseSchema.parse(res.body).documents).toEqual(['posted-text']);
      const doc = await request(app).get('/api/documents/posted-text').expect(200);
      expect(doc.body).toMatchObject({
        title: 'Plain',
        date: '2022-05-01',
        text: 'Freedonia praised Sylvania.',
      });
    });

    it('should ingest a JSON batch and an NDJSON batch', async () => {
      const json = await request(app)
        .post('/api/documents')
        .set(auth)
        .send({
          documents: [
            { id: 'j1', text: 'One.' },
            { id: 'j2', text: 'Two.', format: 'markdown' },
          ],
        })
        .expect(201);
      expect(json.body.documents).toEqual(['j1', 'j2']);
      const ndjson = await request(app)
        .post('/api/documents')
        .set(auth)
        .type('application/x-ndjson')
        .send('{"id":"n1","text":"Three."}\n\n{"id":"n2","text":"Four."}\n')
        .expect(201);
      expect(ndjson.body.documents).toEqual(['n1', 'n2']);
    });

    it('should report partial failures and 422 when every document failed', async () => {
      const partial = await request(app)
        .post('/api/documents')
        .set(auth)
        .send({
          documents: [
            { id: 'ok1', text: 'Fine.' },
            { id: 'bad1', text: 'FAIL' },
          ],
        })
        .expect(201);
      expect(partial.body.failures).toEqual([{ origin: 'bad1', message: expect.any(String) }]);
      const all = await request(app)
        .post('/api/documents')
        .set(auth)
        .send({ text: 'FAIL' })
        .expect(422);
      expect(ApiErrorSchema.parse(all.body).error).toMatchObject({
        code: 'unprocessable',
        details: { failures: [{ origin: 'document 1' }] },
      });
    });

    it('should invalidate cached reads after an ingest', async () => {
      const before = await request(app).get('/api/stats').expect(200);
      await request(app).get('/api/stats').expect('x-cache', 'hit');
      await request(app)
        .post('/api/documents?id=cache-buster')
        .set(auth)
        .type('text/plain')
        .send('New.')
        .expect(201);
      const after = await request(app).get('/api/stats').expect(200).expect('x-cache', 'miss');
      expect(after.body.documents).toBe(before.body.documents + 1);
    });

    it.each([
      [{}, 401, 'unauthorized', 'missing Authorization: Bearer <token> header'],
      [{ Authorization: 'Bearer wrong-token' }, 401, 'unauthorized', 'invalid API token'],
      [
        { Authorization: `Basic ${TEST_TOKEN}` },
        401,
        'unauthorized',
        'missing Authorization: Bearer <token> header',
      ],
      [{ Authorization: `Bearer ${TEST_TOKEN}x` }, 401, 'unauthorized', 'invalid API token'],
    ])('should refuse headers %j', async (headers, status, code, message) => {
      const res = await request(app)
        .post('/api/documents')
        .set(headers)
        .send({ text: 'x' })
        .expect(status);
      expect(res.body.error).toMatchObject({ code, message });
      expect(res.headers['www-authenticate']).toContain('Bearer');
    });

    it('should 403 with a clear message when no token is configured', async () => {
      const open = env.makeApp({ apiToken: undefined });
      const res = await request(open)
        .post('/api/documents')
        .set(auth)
        .send({ text: 'x' })
        .expect(403);
      expect(res.body.error.message).toContain('set KG_API_TOKEN');
      await request(open).delete('/api/documents/doc-1').set(auth).expect(403);
    });

    it('should 501 when the server has no ingest function', async () => {
      const noIngest = env.makeApp({}, { ingest: undefined });
      const res = await request(noIngest)
        .post('/api/documents')
        .set(auth)
        .send({ text: 'x' })
        .expect(501);
      expect(res.body.error.code).toBe('not_implemented');
    });

    it.each([
      ['application/json', '{"documents": [', 400, 'body: malformed JSON'],
      ['application/json', '{"documents": []}', 400, 'body.documents: documents must not be empty'],
      [
        'application/json',
        '{"documents": [{"text": 5}]}',
        400,
        'body.documents[0].text: must be a string',
      ],
      [
        'application/json',
        '{"documents": [{"text": "a", "date": "May 1"}]}',
        400,
        'body.documents[0].date',
      ],
      ['application/json', '"just a string"', 400, 'body: malformed JSON'],
      ['application/x-ndjson', '{"text":"a"}\n{oops', 400, 'body line 2: malformed JSON'],
      [
        'application/json',
        '[{"text": "a", "date": "2022-02-30"}]',
        400,
        'body.documents[0].date: expected a real calendar date',
      ],
      ['text/plain', '', 400, 'body.text'],
      ['application/xml', '<doc/>', 415, 'Content-Type must be one of'],
      ['application/json; charset=latin9', '{}', 415, 'unsupported charset'],
    ])('should refuse a %s body %j', async (type, body, status, message) => {
      const res = await request(app)
        .post('/api/documents')
        .set(auth)
        .set('Content-Type', type)
        .send(body)
        .expect(status);
      expect(ApiErrorSchema.parse(res.body).error.message).toContain(message);
    });

    it('should 413 a body over the limit', async () => {
      const res = await request(app)
        .post('/api/documents')
        .set(auth)
        .type('text/plain')
        .send('a'.repeat(65 * 1024))
        .expect(413);
      expect(res.body.error.code).toBe('payload_too_large');
    });

    it('should rate-limit writes per client', async () => {
      const limited = env.makeApp({ rateLimit: 2 });
      await request(limited).delete('/api/documents/none').set(auth).expect(404);
      await request(limited).delete('/api/documents/none').set(auth).expect(404);
      const res = await request(limited).delete('/api/documents/none').set(auth).expect(429);
      expect(res.body.error.code).toBe('rate_limited');
    });
  });

  describe('#DELETE /api/documents/:id', () => {
    it('should delete a document, then 404 it', async () => {
      await request(app)
        .post('/api/documents?id=to-delete')
        .set(auth)
        .type('text/plain')
        .send('Bye.')
        .expect(201);
      await request(app).delete('/api/documents/to-delete').expect(401);
      const res = await request(app).delete('/api/documents/to-delete').set(auth).expect(200);
      expect(res.body).toEqual({ deleted: true, id: 'to-delete' });
      await request(app).get('/api/documents/to-delete').expect(404);
      await request(app).delete('/api/documents/to-delete').set(auth).expect(404);
    });
  });
});
