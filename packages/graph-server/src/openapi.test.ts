import type { Express } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from './create-app';
import { API_ROUTES, buildOpenApi } from './openapi';
import { createFailingStore } from './test-support/failing-store';
import { silentLogger, testConfig } from './test-support/test-app';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every method+path the express app registers in its routers. */
function registeredApiRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all')) {
          for (const p of paths) found.push(`${method} ${prefix}${p}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, prefix);
      }
    }
  };
  // Without a viewerDir every router the app mounts lives under /api.
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '/api');
  return found.sort();
}

describe('openapi', () => {
  const app = createApp({
    store: createFailingStore(new Error('unused')),
    config: testConfig(),
    logger: silentLogger,
  });

  describe('#buildOpenApi', () => {
    it('should document every route the app registers', () => {
      const registered = registeredApiRoutes(app);
      expect(registered.length).toBeGreaterThanOrEqual(14);
      const documented = API_ROUTES.map((r) => `${r.method} ${r.path}`).sort();
      expect(documented).toEqual(registered);
    });

    it('should describe parameters, bodies and errors from the zod schemas', () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
      const doc = buildOpenApi() as { openapi: string; paths: Record<string, Record<string, any>> };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
      const deref = (node: any): any => {
        if (!node?.$ref) return node;
        const target = (node.$ref as string)
          .slice(2)
          .split('/')
          .reduce((at: Record<string, unknown>, key) => at[key] as Record<string, unknown>, doc);
        return deref(target);
      };
      expect(doc.openapi).toBe('3.1.0');
      const neighborhood = doc.paths['/api/entities/{id}/neighborhood'].get;
      const params = neighborhood.parameters.map(deref);
      const names = params.map((p: { name: string }) => p.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'id',
          'depth',
          'limit',
          'types',
          'relationTypes',
          'from',
          'to',
          'minConfidence',
          'includeWeak',
        ]),
      );
      const depth = params.find((p: { name: string }) => p.name === 'depth');
      expect(depth.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 3 });
      const notFound = deref(neighborhood.responses['404']);
      expect(deref(notFound.content['application/json'].schema).properties.error).toBeDefined();
      const cypher = doc.paths['/api/cypher'].post;
      expect(deref(cypher.requestBody.content['application/json'].schema).required).toEqual([
        'query',
      ]);
      expect(doc.paths['/api/documents'].post.security).toEqual([{ bearer: [] }]);
    });

    it('should name shared schemas once in components and refer to them', () => {
      const doc = buildOpenApi();
      const text = JSON.stringify(doc);
      const seen = new Map<string, number>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        const map = node as Record<string, unknown>;
        // objects and long enums (entity and relation types), not `enum: ['true', 'false']`
        if ('properties' in map || (Array.isArray(map.enum) && map.enum.length > 5)) {
          const key = JSON.stringify(map);
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
        for (const [k, v] of Object.entries(map)) if (k !== 'example') walk(v);
      };
      walk(doc);
      const repeated = [...seen].filter(([, n]) => n > 1).map(([k]) => k.slice(0, 80));
      expect(repeated).toEqual([]);
      expect(text).toContain('"$ref":"#/components/schemas/Subgraph"');
      expect(text).toContain('"$ref":"#/components/responses/NotFound"');
      expect(text).toContain('"$ref":"#/components/parameters/relationTypes"');
      expect(Buffer.byteLength(text)).toBeLessThan(80_000); // 70.6 kB with the corrections routes (#18);
    });
  });

  describe('#GET /api/openapi.json', () => {
    it('should serve the description', async () => {
      const res = await request(app)
        .get('/api/openapi.json')
        .expect(200)
        .expect('content-type', /json/);
      expect(Object.keys(res.body.paths)).toContain('/api/relations/{id}/evidence');
    });
  });
});
