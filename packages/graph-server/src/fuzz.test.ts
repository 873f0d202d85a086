import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './start-server';
import { startServer } from './start-server';
import type { TestEnv } from './test-support/test-app';
import { createTestEnv, createTestIngest, silentLogger, testConfig } from './test-support/test-app';

const RUNS = Number(process.env.KG_FUZZ_RUNS ?? 2000);

let env: TestEnv;
let server: RunningServer;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  env = await createTestEnv();
  const deps = {
    store: env.store,
    config: testConfig({ queryTimeoutMs: 10_000 }),
    logger: silentLogger,
    ingest: createTestIngest(env.store),
  };
  server = await startServer(deps, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  agent.destroy();
  await server?.close();
  await env?.close();
});

interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function send(req: RawRequest): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const r = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.path, headers: req.headers, agent },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

const HOSTILE_SEGMENTS = [
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '..',
  '%E0%A4%A',
  '%00',
  '%ZZ',
  'FRE',
  'SYL',
  '__proto__',
  'constructor',
  'a'.repeat(5000),
  '%F0%9F%98%80',
  'Freedonia%20%E2%80%AE',
  '%u0041',
  'FRE__SANCTIONS__SYL',
  '%5C..%5C..%5Cwindows',
  'doc-1',
  "'%20OR%201=1",
];
const HOSTILE_VALUES = [
  '1e309',
  '-1e309',
  '9'.repeat(400),
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '1.5',
  '',
  ' ',
  '%00',
  '%E0%A4%A',
  'Person,Country,Alien',
  'SANCTIONS,'.repeat(100),
  '2022-02-30',
  '9999-99-99',
  'true',
  'TRUE',
  '\u202e',
  '%F0%9F%98%80',
  'a%26b%3Dc',
  '[]',
  '{}',
];
const HOSTILE_CYPHER = [
  "MATCH (n) RETURN n /* ; */; CREATE (:Person {id: 'fuzz'})",
  'MATCH (n) // comment\n DETACH DELETE n',
  "MATCH (n:Country) ＳＥＴ n.name = 'x'",
  "MATCH (n:Country) SET n.name = 'x'",
  "MATCH (n) CRE\u200bATE (:Person {id: 'zw'})",
  "/* MATCH */ MERGE (:Country {id: 'ZZZ'})",
  "COPY Person FROM '/etc/passwd'",
  "COPY (MATCH (n) RETURN n) TO '/tmp/kg-fuzz-leak.csv'",
  "EXPORT DATABASE '/tmp/kg-fuzz-export'",
  "LOAD FROM '/etc/passwd' RETURN *",
  'CALL timeout=0',
  'INSTALL httpfs',
  'LOAD EXTENSION httpfs',
  'BEGIN TRANSACTION',
  'CHECKPOINT',
  "CALL CREATE_FTS_INDEX('Person', 'idx', ['name'])",
  "EXPLAIN CALL CREATE_FTS_INDEX('Person', 'idx2', ['name'])",
  "ATTACH '/tmp/other.kz' AS o (dbtype kuzu)",
  'DROP TABLE Person',
  'MATCH (a)-[r]->(b) DELETE r',
  "UNWIND range(1, 3) AS i CREATE (:Person {id: 'u' + i})",
  "MATCH (n) WITH n LIMIT 1 CALL { CREATE (:Person {id: 'sub'}) } RETURN n",
  'RETURN 1',
  'MATCH (n) RETURN count(n)',
  'MATCH (a:Country)-[r]->(b) RETURN a.id, label(r), b.id',
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...HOSTILE_VALUES),
);
/** Random text percent-encoded, or a raw hostile escape sequence ('%E0%A4%A'). */
const encoded = fc.oneof(
  text.map((s) => encodeURIComponent(s)),
  fc.constantFrom(...HOSTILE_VALUES.filter((v) => v.includes('%'))),
);
const segment = fc.oneof(fc.constantFrom(...HOSTILE_SEGMENTS), encoded);
const PARAMS = [
  'q',
  'limit',
  'offset',
  'depth',
  'types',
  'relationTypes',
  'from',
  'to',
  'minConfidence',
  'includeWeak',
  'maxHops',
  'format',
  'entity',
  'id',
  'title',
  'date',
  '__proto__',
  'constructor[prototype]',
];
const queryString = fc
  .array(fc.tuple(fc.constantFrom(...PARAMS), encoded), { maxLength: 6 })
  .map((pairs) =>
    pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')}` : '',
  );

const path = fc.oneof(
  fc.constantFrom(
    '/api/health',
    '/api/stats',
    '/api/search',
    '/api/paths',
    '/api/subgraph',
    '/api/documents',
    '/api/cypher',
    '/api/export',
    '/api/openapi.json',
    '/',
    '/embed',
  ),
  segment.map((s) => `/api/entities/${s}`),
  segment.map((s) => `/api/entities/${s}/neighborhood`),
  segment.map((s) => `/api/relations/${s}/evidence`),
  segment.map((s) => `/api/documents/${s}`),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`),
  fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => `/api/${s.join('/')}`),
);

const deepJson = fc
  .integer({ min: 10, max: 20_000 })
  .map((d) => `{"query":"RETURN 1","params":{"p":${'['.repeat(d)}${']'.repeat(d)}}}`);
const cypherBody = fc
  .record({
    query: fc.oneof(
      fc.constantFrom(...HOSTILE_CYPHER),
      fc.string({ maxLength: 200 }),
      fc
        .tuple(fc.constantFrom(...HOSTILE_CYPHER), fc.string({ maxLength: 20 }))
        .map(([a, b]) => a + b),
    ),
    params: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), {
      maxKeys: 4,
    }),
    limit: fc.oneof(fc.integer(), fc.double(), fc.constant(1e308), fc.string({ maxLength: 5 })),
  })
  .map((b) => JSON.stringify(b));
const body = fc.oneof(
  cypherBody,
  deepJson,
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '{"documents": [',
    '{"__proto__": {"polluted": true}, "query": "RETURN 1"}',
    '\u0000\u0001',
    '{"query": "RETURN 1", "limit": 1e400}',
  ),
);
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'application/x-ndjson',
  'text/html',
  'application/xml',
  'application/json; charset=utf-16',
  'multipart/form-data; boundary=x',
  '',
);
const authorization = fc.oneof(
  fc.constant(''),
  fc.constant('Bearer '),
  fc.string({ maxLength: 40 }).map((s) => `Bearer ${s.replace(/[^\x21-\x7e]/g, '')}`),
);

const anyRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    method: fc.constantFrom(
      'GET',
      'GET',
      'GET',
      'POST',
      'POST',
      'DELETE',
      'PUT',
      'OPTIONS',
      'HEAD',
      'PATCH',
    ),
    path: fc.tuple(path, queryString).map(([p, q]) => p + q),
    body: fc.option(body, { nil: undefined }),
    contentType,
    authorization,
    origin: fc.constantFrom('', 'https://evil.example', 'null'),
  })
  .map(({ method, path: p, body: b, contentType: ct, authorization: a, origin }) => {
    const headers: Record<string, string> = {};
    if (ct) headers['content-type'] = ct;
    if (a) headers.authorization = a;
    if (origin) headers.origin = origin;
    // An explicit length: Node sends a DELETE/OPTIONS body unframed otherwise.
    const withBody = b !== undefined && method !== 'GET' && method !== 'HEAD';
    if (withBody) headers['content-length'] = String(Buffer.byteLength(b));
    return { method, path: p, headers, body: withBody ? b : undefined };
  });

/** Well-formed cypher requests, so hostile queries reach the store's read-only guard. */
const cypherRequest: fc.Arbitrary<RawRequest> = cypherBody.map((b) => ({
  method: 'POST',
  path: '/api/cypher',
  headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(b)) },
  body: b,
}));

/** Reads on known ids with random filters, so they reach the store's query code. */
const ENTITY_IDS = ['FRE', 'SYL', 'RUR', 'rufus-firefly', 'chicolini', 'northern-council'];
const readRequest: fc.Arbitrary<RawRequest> = fc
  .tuple(
    fc.constantFrom(
      ...ENTITY_IDS.map((id) => `/api/entities/${id}/neighborhood`),
      ...ENTITY_IDS.map((id) => `/api/entities/${id}`),
      '/api/subgraph',
      '/api/search',
      '/api/paths',
      '/api/export',
    ),
    fc.array(
      fc.tuple(
        fc.constantFrom(...PARAMS),
        fc.oneof(
          encoded,
          fc.constantFrom(...ENTITY_IDS),
          fc.integer({ min: -5, max: 5000 }).map(String),
        ),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([p, pairs]) => ({
    method: 'GET',
    path: pairs.length ? `${p}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : p,
    headers: {},
  }));

const rawRequest = fc.oneof(
  { weight: 3, arbitrary: anyRequest },
  { weight: 1, arbitrary: cypherRequest },
  { weight: 1, arbitrary: readRequest },
);

describe('fuzz', () => {
  describe('#hostile requests', () => {
    it(`should answer ${RUNS} random and hostile requests without a 5xx and leave the graph unchanged`, async () => {
      const before = await env.store.stats();
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(rawRequest, async (req) => {
          const res = await send(req);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500)
            throw new Error(
              `${res.status} for ${req.method} ${req.path}: ${res.body.slice(0, 300)}`,
            );
          if (req.path.startsWith('/api') && res.status >= 400 && req.method !== 'HEAD') {
            const parsed = JSON.parse(res.body) as { error: { code: string; message: string } };
            expect(typeof parsed.error.message).toBe('string');
            expect(res.body).not.toMatch(/\n\s+at /);
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.KG_FUZZ_SEED ?? 20220407), endOnFailure: true },
      );
      const health = await send({ method: 'GET', path: '/api/health', headers: {} });
      expect(health.status).toBe(200);
      expect(await env.store.stats()).toEqual(before);
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
      // The mix must reach the store: some reads and queries succeed, many are refused.
      expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 20);
      expect(statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 20);
      expect(Object.prototype).not.toHaveProperty('polluted');
    }, 300_000);
  });
});
