import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from './test-support/test-app';
import { createTestEnv } from './test-support/test-app';

let env: TestEnv;
let viewerDir: string;

beforeAll(async () => {
  env = await createTestEnv();
  viewerDir = path.join(env.dir, 'viewer');
  await mkdir(viewerDir);
  await writeFile(
    path.join(viewerDir, 'index.html'),
    '<!doctype html><script src="app.js"></script>',
  );
  await writeFile(path.join(viewerDir, 'app.js'), 'console.log(1)');
  await writeFile(path.join(viewerDir, 'styles.css'), 'body{}');
  await writeFile(path.join(env.dir, 'secret.txt'), 'top secret');
});
afterAll(() => env?.close());

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')]),
  );

describe('security-headers', () => {
  describe('#createSecurityHeaders', () => {
    it.each(['/', '/embed', '/api/health'])(
      'should send a CSP that lets the viewer run on %s',
      async (url) => {
        const res = await request(env.makeApp({}, { viewerDir })).get(url).expect(200);
        const csp = directives(res.headers['content-security-policy']);
        expect(csp).toMatchObject({
          'script-src': "'self'",
          'worker-src': "'self' blob:",
          'img-src': "'self' data: blob:",
          'style-src': "'self' 'unsafe-inline'",
          'frame-ancestors': "'self' file: http://localhost:* http://127.0.0.1:*",
        });
        expect(csp['upgrade-insecure-requests']).toBeUndefined();
        expect(res.headers['x-frame-options']).toBeUndefined();
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-powered-by']).toBeUndefined();
      },
    );

    it("should send X-Frame-Options SAMEORIGIN when only 'self' may frame the viewer", async () => {
      const app = env.makeApp({ frameAncestors: ["'self'"] }, { viewerDir });
      const res = await request(app).get('/embed').expect(200);
      expect(directives(res.headers['content-security-policy'])['frame-ancestors']).toBe("'self'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    });

    it('should allow configured frame ancestors and drop X-Frame-Options', async () => {
      const app = env.makeApp(
        { frameAncestors: ["'self'", 'https://reports.example'] },
        { viewerDir },
      );
      const res = await request(app).get('/embed').expect(200);
      expect(directives(res.headers['content-security-policy'])['frame-ancestors']).toBe(
        "'self' https://reports.example",
      );
      expect(res.headers['x-frame-options']).toBeUndefined();
    });
  });

  describe('CORS', () => {
    it('should send no CORS headers by default', async () => {
      const res = await request(env.makeApp())
        .get('/api/health')
        .set('Origin', 'https://evil.example')
        .expect(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it.each([
      ['https://reports.example', 'https://reports.example'],
      ['https://evil.example', undefined],
    ])('should answer origin %s with %s when origins are configured', async (origin, allowed) => {
      const app = env.makeApp({ corsOrigins: ['https://reports.example'] });
      const res = await request(app).get('/api/stats').set('Origin', origin).expect(200);
      expect(res.headers['access-control-allow-origin']).toBe(allowed);
    });

    it('should answer a preflight for the cypher console', async () => {
      const app = env.makeApp({ corsOrigins: ['https://reports.example'] });
      const res = await request(app)
        .options('/api/cypher')
        .set('Origin', 'https://reports.example')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-methods']).toContain('POST');
    });
  });

  describe('request ids', () => {
    it('should generate an id, keep a safe incoming one and replace a hostile one', async () => {
      const app = env.makeApp();
      const fresh = await request(app).get('/api/health');
      expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await request(app).get('/api/health').set('X-Request-Id', 'abc-123');
      expect(kept.headers['x-request-id']).toBe('abc-123');
      const replaced = await request(app).get('/api/health').set('X-Request-Id', '<script>');
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('viewer', () => {
    it('should serve the same index.html at / and /embed, and its assets under both', async () => {
      const app = env.makeApp({}, { viewerDir });
      const root = await request(app).get('/').expect(200).expect('content-type', /html/);
      const embed = await request(app).get('/embed').expect(200);
      expect(embed.text).toBe(root.text);
      await request(app)
        .get('/app.js')
        .expect(200)
        .expect('content-type', /javascript/);
      await request(app).get('/embed/styles.css').expect(200).expect('content-type', /css/);
    });

    it('should redirect /embed/ to /embed, keeping the query string', async () => {
      const app = env.makeApp({}, { viewerDir });
      await request(app)
        .get('/embed/?entity=FRE&depth=2')
        .expect(301)
        .expect('location', '/embed?entity=FRE&depth=2');
    });

    it.each([
      '/..%2fsecret.txt',
      '/embed/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/nothing.js',
      '/%E0%A4%A',
    ])('should not serve %s', async (url) => {
      const res = await request(env.makeApp({}, { viewerDir })).get(url);
      expect([400, 404]).toContain(res.status);
      expect(res.text).not.toContain('top secret');
      expect(res.body.error).toBeDefined();
    });

    it('should 404 JSON for / without a viewer', async () => {
      const res = await request(env.makeApp()).get('/').expect(404);
      expect(res.body.error.code).toBe('not_found');
    });
  });
});
