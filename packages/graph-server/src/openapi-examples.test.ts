import { validate, compileErrors } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { API_ROUTES, buildOpenApi, operationId } from './openapi';
import type { JsonMap } from './openapi-components';
import { ROUTE_EXAMPLES, routeKey } from './openapi-examples';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
type Any = any;
const doc = buildOpenApi() as Any;
const ops: Array<[string, Any]> = Object.entries(doc.paths as Record<string, Any>).flatMap(
  ([path, item]) =>
    Object.entries(item as Any).map(([m, op]): [string, Any] => [`${m} ${path}`, op]),
);

/** Schema refs pointed at one registered schema, so ajv resolves them. */
const BASE = 'urn:kg:components';
const relink = <T>(schema: T): T =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${BASE}#/$defs/`)) as T;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });
addFormats(ajv);
ajv.addSchema({ $id: BASE, $defs: relink(doc.components.schemas) });

function invalid(schema: JsonMap, example: unknown): string | undefined {
  const check = ajv.compile(relink(schema));
  return check(example) ? undefined : ajv.errorsText(check.errors);
}

const param = (p: Any): Any =>
  p.$ref ? doc.components.parameters[p.$ref.replace('#/components/parameters/', '')] : p;

/** [where, schema, example] of every example in the document. */
function everyExample(): Array<[string, JsonMap, unknown]> {
  const out: Array<[string, JsonMap, unknown]> = [];
  for (const [name, op] of ops) {
    for (const p of (op.parameters as Any[]).map(param)) {
      if (p.example !== undefined) out.push([`${name} ${p.in} ${p.name}`, p.schema, p.example]);
    }
    for (const [type, media] of Object.entries((op.requestBody?.content ?? {}) as Any)) {
      out.push([`${name} body ${type}`, (media as Any).schema, (media as Any).example]);
    }
    for (const [status, res] of Object.entries(op.responses as Any)) {
      for (const [type, media] of Object.entries(((res as Any).content ?? {}) as Any)) {
        const m = media as Any;
        if (m.example !== undefined) out.push([`${name} ${status} ${type}`, m.schema, m.example]);
      }
    }
  }
  for (const [name, res] of Object.entries(doc.components.responses as Any)) {
    const media = (res as Any).content['application/json'];
    out.push([`response ${name}`, media.schema, media.example]);
  }
  return out;
}

describe('openapi examples', () => {
  it('should be a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it.each(ops)('should describe %s with a summary, a description and a tag', (_, op) => {
    expect(op.summary).toMatch(/\w{3}/);
    expect(op.description).toMatch(/\w{3}.{20}/);
    expect(op.tags).toHaveLength(1);
    expect(doc.tags.map((t: Any) => t.name)).toContain(op.tags[0]);
  });

  it.each(ops.filter(([name]) => !['get /api/openapi.json', 'get /api/docs'].includes(name)))(
    'should give %s a request example (required parameters, bodies) and a response example',
    (_, op) => {
      for (const p of (op.parameters as Any[]).map(param).filter((x) => x.required)) {
        expect(p.example, p.name).toBeDefined();
      }
      for (const [type, media] of Object.entries((op.requestBody?.content ?? {}) as Any)) {
        expect((media as Any).example, type).toBeDefined();
      }
      const ok = Object.entries(op.responses as Any).find(([s]) => s.startsWith('2'))![1] as Any;
      expect(Object.values(ok.content).some((m) => (m as Any).example !== undefined)).toBe(true);
    },
  );

  it.each(everyExample())('should have a valid example: %s', (_, schema, example) => {
    expect(invalid(schema, example)).toBeUndefined();
  });

  it.each(API_ROUTES.map((r) => [routeKey(r), r] as const))(
    'should have examples the zod schemas of %s accept',
    (key, route) => {
      const ex = ROUTE_EXAMPLES[key];
      const op = ops.find(([, o]) => o.operationId === operationId(route))![1];
      const values = (where: string) =>
        Object.fromEntries(
          (op.parameters as Any[])
            .map(param)
            .filter((p) => p.in === where && p.example !== undefined)
            .map((p) => [p.name, String(p.example)]),
        );
      if (route.params) expect(route.params.safeParse(values('path')).error).toBeUndefined();
      if (route.query) expect(route.query.safeParse(values('query')).error).toBeUndefined();
      for (const [type, schema] of Object.entries(route.body ?? {})) {
        if (type === 'application/json')
          expect(schema.safeParse(ex.body?.[type]).error).toBeUndefined();
      }
      const [, ok] = route.ok;
      if (ok instanceof z.ZodType) {
        expect(ok.safeParse(ex.response?.['application/json']).error).toBeUndefined();
      }
    },
  );

  it('should catch an example that breaks its schema', () => {
    const subgraph = doc.paths['/api/subgraph'].get.responses['200'].content['application/json'];
    expect(invalid(subgraph.schema, { nodes: [{ id: 'RUS' }], edges: [] })).toMatch(/name/);
  });
});
