import {
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreInputError,
  StoreUnavailableError,
} from '@kg/graph-store';
import { ApiErrorSchema } from '@kg/schema';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from './create-app';
import { createFailingStore } from './test-support/failing-store';
import { silentLogger, testConfig } from './test-support/test-app';

const appFailingWith = (error: unknown) =>
  createApp({ store: createFailingStore(error), config: testConfig(), logger: silentLogger });

const REQUESTS: Array<[string, (app: ReturnType<typeof appFailingWith>) => request.Test]> = [
  ['GET /api/stats', (app) => request(app).get('/api/stats')],
  ['GET /api/search', (app) => request(app).get('/api/search?q=a')],
  ['GET /api/entities/:id', (app) => request(app).get('/api/entities/FRE')],
  [
    'GET /api/entities/:id/neighborhood',
    (app) => request(app).get('/api/entities/FRE/neighborhood'),
  ],
  ['GET /api/paths', (app) => request(app).get('/api/paths?from=a&to=b')],
  ['GET /api/subgraph', (app) => request(app).get('/api/subgraph')],
  [
    'GET /api/relations/:id/evidence',
    (app) => request(app).get('/api/relations/a__SUPPORTS__b/evidence'),
  ],
  ['GET /api/documents', (app) => request(app).get('/api/documents')],
  ['GET /api/documents/:id', (app) => request(app).get('/api/documents/d')],
  ['POST /api/cypher', (app) => request(app).post('/api/cypher').send({ query: 'RETURN 1' })],
  ['GET /api/export', (app) => request(app).get('/api/export')],
];

describe('error-mapping', () => {
  describe('#errorHandler', () => {
    it.each([
      [new StoreUnavailableError('embedded', 'database file locked'), 503, 'store_unavailable'],
      [new QueryTimeoutError('embedded', 'query ran past 5000 ms'), 504, 'timeout'],
      [new StoreInputError('embedded', 'bad id'), 400, 'bad_request'],
      [new QueryRejectedError('embedded', 'writes are not allowed'), 400, 'bad_request'],
      [new QuerySyntaxError('embedded', 'Parser exception'), 400, 'bad_request'],
    ])('should map %s to %d on every read endpoint', async (error, status, code) => {
      const app = appFailingWith(error);
      for (const [name, send] of REQUESTS) {
        const res = await send(app);
        expect({ name, status: res.status }).toEqual({ name, status });
        expect(ApiErrorSchema.parse(res.body).error.code).toBe(code);
        expect(res.body.error.message).not.toContain('@kg/graph-store');
      }
    });

    it('should 503 the health check when the store is down', async () => {
      const res = await request(appFailingWith(new Error('x')))
        .get('/api/health')
        .expect(503);
      expect(res.body.error).toMatchObject({
        code: 'store_unavailable',
        details: { store: { dialect: 'kuzu', reachable: false } },
      });
    });

    it('should answer an unexpected error with 500 and the request id only', async () => {
      const secret = new Error('secret internals at /srv/db');
      const res = await request(appFailingWith(secret))
        .get('/api/stats')
        .set('X-Request-Id', 'req-42')
        .expect(500);
      expect(res.body).toEqual({
        error: { code: 'internal', message: 'internal error (request id req-42)' },
      });
      expect(res.headers['x-request-id']).toBe('req-42');
      expect(res.text).not.toContain('secret');
      expect(res.text).not.toContain(' at ');
    });

    it('should 504 when the store never answers', async () => {
      const store = { ...createFailingStore(null), stats: () => new Promise<never>(() => {}) };
      const app = createApp({
        store,
        config: testConfig({ queryTimeoutMs: 50 }),
        logger: silentLogger,
      });
      const res = await request(app).get('/api/stats').expect(504);
      expect(res.body.error.message).toBe('the store did not answer within 50 ms');
    });
  });
});
