import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { TestEnv } from './test-support/test-app';
import { TEST_TOKEN, createTestEnv } from './test-support/test-app';
import { firstInvalidByte } from './utf8-body';

let env: TestEnv;
let app: Express;

beforeAll(async () => {
  env = await createTestEnv();
  app = env.makeApp();
});
afterAll(() => env?.close());

const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('utf8-body', () => {
  describe('#firstInvalidByte', () => {
    it.each([
      [bytes('abc', [0xff], 'd'), 3],
      [bytes('é', [0xc3]), 2],
      [bytes('\uFFFD ok ', [0xe2, 0x82]), 7],
      [bytes([0xed, 0xa0, 0x80]), 0],
      [bytes('Zürich'), 7],
    ])('should find the first bad byte of %j at %i', (buf, at) => {
      expect(firstInvalidByte(buf)).toBe(at);
    });
  });

  describe('#verifyUtf8 on the API routes', () => {
    const bad = (s: string) => bytes(s, [0xc3, 0x28], '"}');
    it.each([
      ['/api/cypher', 'application/json', bad('{"query":"RETURN \'caf')],
      ['/api/documents', 'text/plain', bytes('Talks in Gen', [0xe8], 've.')],
      ['/api/documents', 'application/json', bad('{"text":"caf')],
      ['/api/documents', 'application/x-ndjson', bad('{"text":"caf')],
      ['/api/views', 'application/json', bad('{"name":"caf')],
    ])('should 400 invalid UTF-8 posted to %s as %s', async (path, type, body) => {
      const res = await request(app)
        .post(path)
        .set('Authorization', `Bearer ${TEST_TOKEN}`)
        .set('Content-Type', type)
        .serialize((b: unknown) => b as string) // the bytes as they are, not JSON of a Buffer
        .send(body)
        .expect(400);
      expect(res.body.error.message).toMatch(/^body: invalid UTF-8 near byte \d+: send the text/);
    });

    it('should accept the same text in another declared charset', async () => {
      await request(app)
        .post('/api/documents')
        .set('Authorization', `Bearer ${TEST_TOKEN}`)
        .set('Content-Type', 'text/plain; charset=latin1')
        .send(bytes('Talks in Gen', [0xe8], 've.'))
        .expect(201);
    });
  });
});
