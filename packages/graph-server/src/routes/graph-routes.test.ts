import {
  ApiErrorSchema,
  EntityDetailSchema,
  StatsSchema,
  SubgraphSchema,
  relationId,
} from '@kg/schema';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentListResponseSchema,
  DocumentRecordSchema,
  EvidenceResponseSchema,
  HealthSchema,
  PathsResponseSchema,
  SearchResponseSchema,
} from '../response-schemas';
import { FIXTURE_TEXTS } from '../test-support/fixture';
import type { TestEnv } from '../test-support/test-app';
import { createTestEnv } from '../test-support/test-app';

let env: TestEnv;
let app: Express;

beforeAll(async () => {
  env = await createTestEnv();
  app = env.makeApp();
});
afterAll(() => env?.close());

const SANCTIONS = relationId('FRE', 'SANCTIONS', 'SYL');

describe('graph-routes', () => {
  describe('#GET /api/health', () => {
    it('should report the store dialect and reachability', async () => {
      const res = await request(app).get('/api/health').expect(200);
      expect(HealthSchema.parse(res.body)).toEqual({
        status: 'ok',
        store: { dialect: env.store.dialect, reachable: true },
      });
    });
  });

  describe('#GET /api/stats', () => {
    it('should count the fixture', async () => {
      const res = await request(app).get('/api/stats').expect(200);
      const stats = StatsSchema.parse(res.body);
      expect(stats).toMatchObject({ dialect: env.store.dialect, documents: 3, entities: 6 });
      expect(stats.relations).toBeGreaterThanOrEqual(7);
      expect(stats.entitiesByType).toMatchObject({ Country: 3, Person: 2, Organization: 1 });
    });
  });

  describe('#GET /api/search', () => {
    it('should find an entity by name prefix with its degree', async () => {
      const res = await request(app).get('/api/search').query({ q: 'Freed' }).expect(200);
      const { results } = SearchResponseSchema.parse(res.body);
      expect(results[0]).toMatchObject({ id: 'FRE', name: 'Freedonia', type: 'Country' });
      expect(results[0].degree).toBeGreaterThan(0);
    });

    it('should filter by entity type', async () => {
      const res = await request(app).get('/api/search?q=Fre&types=Person').expect(200);
      expect(res.body.results.map((r: { id: string }) => r.id)).not.toContain('FRE');
    });

    it('should answer repeated reads from the cache', async () => {
      await request(app).get('/api/search?q=Sylv&limit=3');
      const res = await request(app).get('/api/search?limit=3&q=Sylv').expect(200);
      expect(res.headers['x-cache']).toBe('hit');
    });
  });

  describe('#GET /api/entities/:id', () => {
    it('should return the entity with mentions, documents and relations', async () => {
      const res = await request(app).get('/api/entities/FRE').expect(200);
      const detail = EntityDetailSchema.parse(res.body);
      expect(detail.entity).toMatchObject({ id: 'FRE', name: 'Freedonia' });
      expect(detail.documents.map((d) => d.id).sort()).toEqual(['doc-1', 'doc-2', 'doc-3']);
      expect(detail.relations.map((r) => r.id)).toContain(SANCTIONS);
    });

    it('should 404 with the id in the message', async () => {
      const res = await request(app).get('/api/entities/xyz').expect(404);
      expect(ApiErrorSchema.parse(res.body).error).toEqual({
        code: 'not_found',
        message: "entity 'xyz' not found",
      });
    });
  });

  describe('#GET /api/entities/:id/neighborhood', () => {
    it('should return the 1-hop neighbourhood', async () => {
      const res = await request(app).get('/api/entities/SYL/neighborhood').expect(200);
      const sub = SubgraphSchema.parse(res.body);
      expect(sub.nodes.map((n) => n.id).sort()).toEqual(['FRE', 'RUR', 'SYL']);
      expect(sub.edges.map((e) => e.id)).toContain(SANCTIONS);
    });

    it('should apply depth, relation type and date filters', async () => {
      const deep = await request(app).get('/api/entities/SYL/neighborhood?depth=2').expect(200);
      expect(deep.body.nodes.map((n: { id: string }) => n.id)).toContain('rufus-firefly');
      const typed = await request(app)
        .get('/api/entities/SYL/neighborhood?relationTypes=SANCTIONS')
        .expect(200);
      expect(typed.body.edges.map((e: { type: string }) => e.type)).toEqual(['SANCTIONS']);
      const dated = await request(app)
        .get('/api/entities/SYL/neighborhood?from=2022-03-02')
        .expect(200);
      expect(dated.body.edges.map((e: { id: string }) => e.id)).not.toContain(SANCTIONS);
    });

    it('should cap the nodes and report the rest', async () => {
      const res = await request(app).get('/api/entities/FRE/neighborhood?limit=2').expect(200);
      const sub = SubgraphSchema.parse(res.body);
      expect(sub.nodes.length).toBeLessThanOrEqual(2);
      expect(sub.omittedNodes).toBeGreaterThan(0);
    });

    it('should 404 an unknown entity', async () => {
      await request(app).get('/api/entities/nobody/neighborhood').expect(404);
    });
  });

  describe('#GET /api/paths', () => {
    it('should find a shortest path between two actors', async () => {
      const res = await request(app).get('/api/paths?from=rufus-firefly&to=SYL').expect(200);
      const body = PathsResponseSchema.parse(res.body);
      expect(body.paths[0].nodes).toEqual(['rufus-firefly', 'FRE', 'SYL']);
      expect(body.subgraph.nodes.map((n) => n.id)).toEqual(
        expect.arrayContaining(['rufus-firefly', 'FRE', 'SYL']),
      );
    });

    it('should 404 naming the unknown endpoint', async () => {
      const res = await request(app).get('/api/paths?from=FRE&to=atlantis').expect(404);
      expect(res.body.error.message).toBe("entity 'atlantis' not found");
    });
  });

  describe('#GET /api/subgraph', () => {
    it('should filter by entity and relation types and confidence', async () => {
      const res = await request(app)
        .get('/api/subgraph?types=Country&minConfidence=0.8')
        .expect(200);
      const sub = SubgraphSchema.parse(res.body);
      expect(sub.nodes.every((n) => n.type === 'Country')).toBe(true);
      expect(sub.edges.every((e) => e.confidence >= 0.8)).toBe(true);
      expect(sub.edges.map((e) => e.id)).toContain(SANCTIONS);
    });

    it('should leave weak co-mention edges out unless asked', async () => {
      const weak = relationId('FRE', 'CO_MENTIONED', 'RUR');
      const plain = await request(app).get('/api/subgraph').expect(200);
      expect(plain.body.edges.map((e: { id: string }) => e.id)).not.toContain(weak);
      const all = await request(app).get('/api/subgraph?includeWeak=true').expect(200);
      expect(all.body.edges.map((e: { id: string }) => e.id)).toContain(weak);
    });
  });

  describe('#GET /api/relations/:id/evidence', () => {
    it('should trace an edge back to its sentence', async () => {
      const res = await request(app).get(`/api/relations/${SANCTIONS}/evidence`).expect(200);
      const body = EvidenceResponseSchema.parse(res.body);
      expect(body.relation).toMatchObject({
        id: SANCTIONS,
        type: 'SANCTIONS',
        source: 'FRE',
        target: 'SYL',
      });
      const [row] = body.evidence;
      const text = FIXTURE_TEXTS[0].text;
      expect(row).toMatchObject({
        docId: 'doc-1',
        docTitle: 'Freedonia sanctions Sylvania',
        sentence: 0,
      });
      expect(text.slice(row.start, row.end)).toBe(row.text);
      expect(row.text).toContain('imposed sanctions on Sylvania');
    });

    it('should 404 an unknown relation', async () => {
      const res = await request(app).get('/api/relations/FRE__ATTACKS__SYL/evidence').expect(404);
      expect(res.body.error.message).toBe("relation 'FRE__ATTACKS__SYL' not found");
    });
  });

  describe('#GET /api/documents', () => {
    it('should page through documents', async () => {
      const res = await request(app).get('/api/documents?limit=2&offset=1').expect(200);
      const page = DocumentListResponseSchema.parse(res.body);
      expect(page).toMatchObject({ total: 3, limit: 2, offset: 1 });
      expect(page.documents).toHaveLength(2);
    });

    it('should return one document with its text', async () => {
      const res = await request(app).get('/api/documents/doc-2').expect(200);
      expect(DocumentRecordSchema.parse(res.body)).toMatchObject({
        id: 'doc-2',
        text: FIXTURE_TEXTS[1].text,
      });
    });

    it('should 404 an unknown document', async () => {
      const res = await request(app).get('/api/documents/nope').expect(404);
      expect(res.body.error.message).toBe("document 'nope' not found");
    });
  });

  describe('bad input', () => {
    it.each([
      ['/api/search', 'query.q: is required'],
      ['/api/search?q=%20%20', 'query.q: q must not be empty'],
      ['/api/search?q=a&limit=101', 'query.limit: must be <= 100'],
      ['/api/search?q=a&limit=abc', 'query.limit: must be a decimal integer'],
      ['/api/search?q=a&types=Alien', 'query.types[0]: must be one of'],
      ['/api/search?q=a&q=b', 'query.q: must be a string'],
      ['/api/entities/..%2f..%2fetc/neighborhood', 'params.id: expected an entity id'],
      ['/api/entities/%E0%A4%A', 'url: malformed percent-encoding'],
      ['/api/entities/FRE/neighborhood?depth=4', 'query.depth: must be <= 3'],
      ['/api/entities/FRE/neighborhood?limit=2001', 'query.limit: must be <= 2000'],
      [
        '/api/entities/FRE/neighborhood?limit=99999999999999999999999',
        'query.limit: must be <= 2000',
      ],
      ['/api/entities/FRE/neighborhood?limit=1e999', 'query.limit: must be a decimal integer'],
      ['/api/search?q=a&limit=0x10', 'query.limit: must be a decimal integer'],
      ['/api/entities/FRE/neighborhood?minConfidence=2', 'query.minConfidence: must be <= 1'],
      ['/api/entities/FRE/neighborhood?from=yesterday', 'query.from: expected an ISO date'],
      [
        '/api/entities/FRE/neighborhood?from=9999-99-99',
        'query.from: expected a real calendar date',
      ],
      ['/api/subgraph?to=2022-02-30', 'query.to: expected a real calendar date'],
      ['/api/export?from=2021-13-01', 'query.from: expected a real calendar date'],
      [
        '/api/entities/FRE/neighborhood?relationTypes=LOVES',
        'query.relationTypes[0]: must be one of',
      ],
      [
        '/api/entities/FRE/neighborhood?includeWeak=1',
        'query.includeWeak: must be one of: true, false',
      ],
      ['/api/paths?from=FRE', 'query.to: is required'],
      ['/api/paths?from=FRE&to=SYL&maxHops=7', 'query.maxHops: must be <= 6'],
      ['/api/paths?from=FRE&to=SYL&limit=0', 'query.limit: must be >= 1'],
      ['/api/paths?from=%2e%2e%2f&to=SYL', 'query.from: expected an entity id'],
      ['/api/subgraph?limit=5001', 'query.limit: must be <= 5000'],
      ['/api/documents?offset=-1', 'query.offset: must be >= 0'],
      ['/api/documents?limit=1001', 'query.limit: must be <= 1000'],
      [`/api/relations/${'x'.repeat(800)}/evidence`, 'params.id: must be at most 700 characters'],
      ['/api/export?format=pdf', 'query.format: must be one of'],
    ])('should 400 on GET %s', async (url, message) => {
      const res = await request(app).get(url).expect(400);
      const { error } = ApiErrorSchema.parse(res.body);
      expect(error.code).toBe('bad_request');
      expect(error.message).toContain(message);
    });

    it('should 404 JSON for unknown API routes and methods', async () => {
      const res = await request(app).put('/api/stats').expect(404);
      expect(ApiErrorSchema.parse(res.body).error.code).toBe('not_found');
      await request(app).get('/api/nothing/here').expect(404).expect('content-type', /json/);
    });
  });
});
