import { ApiErrorSchema, EvidenceSearchResponseSchema, relationId } from '@kg/schema';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from '../test-support/test-app';
import { createTestEnv } from '../test-support/test-app';

let env: TestEnv;
let app: Express;

beforeAll(async () => {
  env = await createTestEnv();
  app = env.makeApp();
});
afterAll(() => env?.close());

describe('evidence-search-routes', () => {
  describe('#GET /api/evidence/search', () => {
    it('should return the sentences holding every word, with relations and matches', async () => {
      const res = await request(app)
        .get('/api/evidence/search?q=Sanctions%20freedonia')
        .expect(200);
      const body = EvidenceSearchResponseSchema.parse(res.body);
      expect(body.results.length).toBeGreaterThan(0);
      for (const hit of body.results) {
        expect(hit.text.toLowerCase()).toContain('sanctions');
        expect(hit.text.toLowerCase()).toContain('freedonia');
        expect(hit.matches.length).toBeGreaterThanOrEqual(2);
      }
      const ids = body.results.flatMap((r) => r.relations.map((x) => x.id));
      expect(ids).toContain(relationId('FRE', 'SANCTIONS', 'SYL'));
    });

    it('should honour the limit', async () => {
      const res = await request(app).get('/api/evidence/search?q=a&limit=1').expect(200);
      expect(EvidenceSearchResponseSchema.parse(res.body)).toMatchObject({ truncated: true });
      expect(res.body.results).toHaveLength(1);
    });

    it.each([
      ['no q', ''],
      ['an empty q', '?q=%20'],
      ['a limit out of range', '?q=x&limit=1000'],
      ['too many words', '?q=a+b+c+d+e+f+g+h+i'],
    ])('should answer 400 for %s', async (_label, qs) => {
      const res = await request(app).get(`/api/evidence/search${qs}`).expect(400);
      expect(ApiErrorSchema.parse(res.body).error.code).toBe('bad_request');
    });
  });
});
