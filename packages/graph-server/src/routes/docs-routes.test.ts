import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../create-app';
import { createFailingStore } from '../test-support/failing-store';
import { silentLogger, testConfig } from '../test-support/test-app';

const app = createApp({
  store: createFailingStore(new Error('unused')),
  config: testConfig(),
  logger: silentLogger,
});

const csp = (header: string) =>
  Object.fromEntries(
    header.split(';').map((d) => {
      const [k, ...v] = d.trim().split(/\s+/);
      return [k, v.join(' ')];
    }),
  );

describe('docs-routes', () => {
  describe('#GET /api/docs', () => {
    it('should serve the page under the strict CSP (own scripts only, no eval)', async () => {
      const res = await request(app).get('/api/docs').expect(200).expect('content-type', /html/);
      expect(res.text).toContain('<script src="docs/swagger-ui-bundle.js"></script>');
      expect(res.text).not.toMatch(/<script>|https?:\/\/(?!www\.w3)/);
      const policy = csp(res.headers['content-security-policy']);
      expect(policy).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'script-src-attr': "'none'",
        'connect-src': "'self'",
      });
      expect(res.headers['content-security-policy']).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('should redirect /api/docs/ to /api/docs, keeping the query', async () => {
      const res = await request(app).get('/api/docs/?x=1').expect(301);
      expect(res.headers.location).toBe('/api/docs?x=1');
    });

    it.each([
      ['swagger-ui-bundle.js', /javascript/, 'SwaggerUIBundle'],
      ['swagger-ui.css', /css/, '.swagger-ui'],
      ['init.js', /javascript/, 'validatorUrl: null'],
      ['page.css', /css/, '.kg-docs-bar'],
    ])('should serve docs/%s from the server itself', async (name, type, content) => {
      const res = await request(app)
        .get(`/api/docs/${name}`)
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString()));
          r.on('end', () => cb(null, text));
        })
        .expect(200)
        .expect('content-type', type);
      expect(res.body as string).toContain(content);
    });

    it.each([
      ['GET', '/api/docs/index.html'],
      ['GET', '/api/docs/package.json'],
      ['GET', '/api/docs/..%2f..%2fpackage.json'],
      ['GET', '/api/docs/constructor'],
      ['POST', '/api/docs/init.js'],
    ])('should answer %s %s with a JSON 404', async (method, url) => {
      const res = await request(app)[method === 'GET' ? 'get' : 'post'](url).expect(404);
      expect(res.body.error.code).toBe('not_found');
    });
  });
});
