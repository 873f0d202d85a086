import { ApiErrorSchema } from '@kg/schema';
import { z } from 'zod';
import { API_ROUTES } from './api-routes';
import type { JsonObject, RouteDoc, Schema } from './api-routes';

export { API_ROUTES };

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input (details name each bad field)',
  401: 'Missing or wrong API token',
  403: 'Writes disabled (no token configured)',
  404: 'Not found',
  413: 'Body too large',
  415: 'Unsupported Content-Type',
  422: 'Nothing could be stored (no document ingestible, or the view store is full)',
  429: 'Rate limited',
  501: 'Not configured',
  503: 'Store unavailable',
  504: 'Query timeout',
};

function jsonSchema(schema: Schema, io: 'input' | 'output'): JsonObject {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonObject;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): JsonObject[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema: s,
  }));
}

function operation(route: RouteDoc): JsonObject {
  const [status, ok] = route.ok;
  const okContent =
    ok instanceof z.ZodType
      ? { 'application/json': { schema: jsonSchema(ok, 'output') } }
      : Object.fromEntries(Object.entries(ok).map(([type, schema]) => [type, { schema }]));
  const error = { 'application/json': { schema: jsonSchema(ApiErrorSchema, 'output') } };
  const responses: JsonObject = { [status]: { description: 'OK', content: okContent } };
  for (const code of [...route.errors, 500]) {
    responses[code] = {
      description: STATUS_TEXT[code] ?? 'Unexpected error (request id only)',
      content: error,
    };
  }
  return {
    summary: route.summary,
    operationId: `${route.method}${route.path.replace(/\/:?(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          Object.entries(route.body).map(([t, s]) => [t, { schema: jsonSchema(s, 'input') }]),
        ),
      },
    }),
    ...(route.auth === true && { security: [{ bearer: [] }] }),
    ...(route.auth === 'optional' && { security: [{}, { bearer: [] }] }),
    responses,
  };
}

/** The OpenAPI 3.1 description, generated from the same zod schemas the routes validate with. */
export function buildOpenApi(version = '0.1.0'): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of API_ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'kg news knowledge graph API',
      version,
      description: 'Every edge traces back to its evidence sentences.',
    },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
