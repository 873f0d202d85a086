import * as sharedSchemas from '@kg/schema';
import { z } from 'zod';
import { API_ROUTES } from './api-routes';
import type { RouteDoc, Schema } from './api-routes';
import type { Json, JsonMap } from './openapi-components';
import { internSchemas, pruneSchemas, refsIn } from './openapi-components';
import { ERROR_RESPONSES, errorResponses } from './openapi-errors';
import { PARAMETER_EXAMPLES, ROUTE_EXAMPLES, routeKey } from './openapi-examples';
import * as serverSchemas from './response-schemas';

export { API_ROUTES };

const SCHEMAS = '#/components/schemas/';

function jsonSchema(schema: Schema, io: 'input' | 'output'): JsonMap {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonMap;
  return rest;
}

/**
 * Every exported `XxxSchema` of @kg/schema and of response-schemas.ts, as JSON: `Xxx` for the
 * output (responses), `XxxInput` for the input side when defaults or transforms make it differ.
 */
function namedSchemas(): Array<[string, JsonMap]> {
  const out: Array<[string, JsonMap]> = [];
  for (const [exported, schema] of Object.entries({ ...sharedSchemas, ...serverSchemas })) {
    if (!exported.endsWith('Schema') || !(schema instanceof z.ZodType)) continue;
    const name = exported.slice(0, -'Schema'.length);
    const output = jsonSchema(schema, 'output');
    const input = jsonSchema(schema, 'input');
    // a schema with its own $defs (recursive, or meta ids) is left inline: its refs are local
    if (JSON.stringify([output, input]).includes('"$defs"')) continue;
    out.push([name, output]);
    if (JSON.stringify(input) !== JSON.stringify(output)) out.push([`${name}Input`, input]);
  }
  return out;
}

/** Comma lists arrive as a string and leave as an array of enum values: say which values. */
function listHint(output: Json | undefined): string | undefined {
  const items = (output as { type?: string; items?: { enum?: string[] } } | undefined)?.items;
  return items?.enum ? `Comma-separated list of: ${items.enum.join(', ')}` : undefined;
}

function parameters(route: RouteDoc): JsonMap[] {
  const examples = { ...PARAMETER_EXAMPLES, ...ROUTE_EXAMPLES[routeKey(route)]?.parameters };
  const list = (schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonMap[] => {
    if (!schema) return [];
    const js = jsonSchema(schema, 'input') as { properties?: JsonMap; required?: string[] };
    const out = jsonSchema(schema, 'output') as { properties?: JsonMap };
    return Object.entries(js.properties ?? {}).map(([name, s]) => {
      const hint = listHint(out.properties?.[name]);
      return {
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        ...(hint && { description: hint }),
        schema: s,
        ...(examples[name] !== undefined && { example: examples[name] }),
      };
    });
  };
  return [...list(route.params, 'path'), ...list(route.query, 'query')];
}

function operation(route: RouteDoc): JsonMap {
  const docs = ROUTE_EXAMPLES[routeKey(route)];
  const [status, ok] = route.ok;
  const okContent: JsonMap =
    ok instanceof z.ZodType
      ? { 'application/json': { schema: jsonSchema(ok, 'output') } }
      : Object.fromEntries(
          Object.entries(ok).map(([type, schema]) => [type, { schema: schema as Json }]),
        );
  for (const [type, example] of Object.entries(docs?.response ?? {})) {
    (okContent[type] as JsonMap).example = example;
  }
  const responses: JsonMap = {
    [status]: { description: 'OK', content: okContent },
  };
  for (const code of [...route.errors, 500]) {
    responses[code] = { $ref: `#/components/responses/${ERROR_RESPONSES[code].name}` };
  }
  const body = route.body && {
    required: true,
    content: Object.fromEntries(
      Object.entries(route.body).map(([t, s]) => {
        const example = docs?.body?.[t];
        return [t, { schema: jsonSchema(s, 'input'), ...(example !== undefined && { example }) }];
      }),
    ),
  };
  return {
    summary: route.summary,
    ...(docs && { description: docs.description }),
    operationId: operationId(route),
    tags: [docs?.tag ?? 'meta'],
    parameters: parameters(route),
    ...(body && { requestBody: body }),
    ...(route.auth === true && { security: [{ bearer: [] }] }),
    ...(route.auth === 'optional' && { security: [{}, { bearer: [] }] }),
    responses,
  };
}

export function operationId(route: RouteDoc): string {
  const tail = route.path.replace(/\/:?(\w)/g, (_, c: string) => c.toUpperCase());
  return `${route.method}${tail.replace(/\W/g, '')}`;
}

/** Parameters used identically (schema, example) by several operations become components. */
function shareParameters(paths: JsonMap): { paths: JsonMap; parameters: Record<string, JsonMap> } {
  const ops = Object.values(paths).flatMap((p) => Object.values(p as JsonMap)) as JsonMap[];
  const uses = new Map<string, number>();
  for (const op of ops) {
    for (const p of op.parameters as JsonMap[]) {
      const key = JSON.stringify(p);
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const parameters: Record<string, JsonMap> = {};
  const names = new Map<string, string>();
  for (const [key, count] of uses) {
    if (count < 2) continue;
    const p = JSON.parse(key) as JsonMap;
    const base = p.in === 'path' ? `${String(p.name)}InPath` : String(p.name);
    let name = base;
    for (let i = 2; parameters[name]; i++) name = `${base}${i}`;
    parameters[name] = p;
    names.set(key, name);
  }
  for (const op of ops) {
    op.parameters = (op.parameters as JsonMap[]).map((p) => {
      const name = names.get(JSON.stringify(p));
      return name ? { $ref: `#/components/parameters/${name}` } : p;
    });
  }
  return { paths, parameters: Object.fromEntries(Object.entries(parameters).sort()) };
}

/** `XxxInput` becomes `Xxx` when only the input side is used. */
function dropInputSuffix(doc: JsonMap, schemas: Record<string, JsonMap>) {
  const renames = Object.keys(schemas).filter(
    (n) => n.endsWith('Input') && !schemas[n.slice(0, -'Input'.length)],
  );
  let text = JSON.stringify({ doc, schemas });
  for (const n of renames) {
    text = text.replaceAll(`"${SCHEMAS}${n}"`, `"${SCHEMAS}${n.slice(0, -5)}"`);
    text = text.replaceAll(`"${n}":`, `"${n.slice(0, -5)}":`);
  }
  return JSON.parse(text) as { doc: JsonMap; schemas: Record<string, JsonMap> };
}

const DESCRIPTION = [
  'The knowledge graph built from English news: actors (countries, people, organisations) and',
  'the relations between them, each traced back to its evidence sentences.',
  '',
  'Errors are always `{ "error": { "code", "message", "details"? } }`. Writes need',
  '`Authorization: Bearer <KG_API_TOKEN>`. Browse this description at `/api/docs`.',
].join('\n');

/** The OpenAPI 3.1 description, generated from the same zod schemas the routes validate with. */
export function buildOpenApi(version = '0.1.0'): JsonMap {
  const rawPaths: JsonMap = {};
  for (const route of API_ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    rawPaths[path] = { ...(rawPaths[path] as JsonMap), [route.method]: operation(route) };
  }
  const responses = errorResponses(`${SCHEMAS}ApiError`);
  const interned = internSchemas({ paths: rawPaths, responses }, namedSchemas(), SCHEMAS);
  const pruned = pruneSchemas(interned.doc, interned.schemas, SCHEMAS);
  const { doc, schemas } = dropInputSuffix(interned.doc, pruned);
  const { paths, parameters } = shareParameters(doc.paths as JsonMap);
  const unresolved = [...refsIn({ paths, responses: doc.responses as Json })].filter(
    (r) => r.startsWith(SCHEMAS) && !schemas[r.slice(SCHEMAS.length)],
  );
  if (unresolved.length)
    throw new Error(`@kg/graph-server/openapi: unresolved ${unresolved.join(', ')}`);
  return {
    openapi: '3.1.0',
    info: { title: 'kg news knowledge graph API', version, description: DESCRIPTION },
    tags: TAGS,
    paths,
    components: {
      schemas,
      parameters,
      responses: doc.responses as Json,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

const TAGS: JsonMap[] = [
  { name: 'graph', description: 'Entities, neighbourhoods, paths, subgraphs and evidence' },
  { name: 'documents', description: 'The stored news documents: list, read, ingest, delete' },
  { name: 'cypher', description: 'Read-only Cypher over the graph' },
  { name: 'export', description: 'Downloads: JSON, GEXF, GraphML, Cypher, CSV' },
  { name: 'views', description: 'Saved viewer states' },
  {
    name: 'corrections',
    description: "Analysts' corrections: merge, rename, retype, split, reject, confirm, add, undo",
  },
  { name: 'meta', description: 'Health and this description' },
];
