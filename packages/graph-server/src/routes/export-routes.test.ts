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

describe('export-routes', () => {
  describe('#GET /api/export', () => {
    it.each([
      ['json', /json/, /kg-graph\.json/, 'FRE'],
      ['gexf', /xml/, /kg-graph\.gexf/, '<gexf'],
      ['graphml', /xml/, /kg-graph\.graphml/, '<graphml'],
      ['cypher', /text/, /kg-graph\.cypher/, 'FRE'],
    ])('should download the whole graph as %s', async (format, type, filename, needle) => {
      const res = await request(app)
        .get(`/api/export?format=${format}`)
        .buffer(true)
        .parse((r, cb) => {
          let data = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (data += c));
          r.on('end', () => cb(null, data));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(type);
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect(res.headers['content-disposition']).toMatch(filename);
      expect(res.body as string).toContain(needle);
      expect(res.body as string).toContain('SYL');
    });

    it('should wrap multi-file formats (csv) in JSON by file name', async () => {
      const res = await request(app)
        .get('/api/export?format=csv')
        .expect(200)
        .expect('content-type', /json/);
      expect(res.headers['content-disposition']).toContain('kg-graph-csv.json');
      expect(res.body.format).toBe('csv');
      const files = Object.values(res.body.files as Record<string, string>).join('\n');
      expect(files).toContain('FRE');
    });

    it('should export a filtered subgraph when a filter is given', async () => {
      const res = await request(app).get('/api/export?format=json&types=Person').expect(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('"Freedonia"');
    });

    it('should export a neighbourhood, and 404 an unknown entity', async () => {
      const res = await request(app).get('/api/export?format=gexf&entity=chicolini').expect(200);
      expect(res.headers['content-disposition']).toContain('kg-chicolini.gexf');
      await request(app).get('/api/export?entity=nobody').expect(404);
    });
  });
});
