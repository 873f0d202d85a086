import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { relationId, type ExtractionResult } from '@kg/schema';
import {
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreError,
  StoreInputError,
  StoreUnavailableError,
} from '../errors';
import { ALLOWED_QUERIES, HOSTILE_QUERIES, mergeFixtures, worldFixture } from '../contract';
import { foldText } from './fold-text';
import { filterParams } from './neo4j-graph-reads';
import { createNeo4jStore, neo4jConfigFromEnv } from './neo4j-store';
import { toDriverParams } from './neo4j-user-query';
import { mapNeo4jError } from './map-error';
import { checkStoredTypes, planBatches, planDocuments } from './ingest-plan';
import { detectWrites } from './write-detector';

function neo4jError(code: string, message = 'boom') {
  return new neo4j.Neo4jError(message, code as never, 'N/A', 'N/A');
}

describe('neo4j/neo4j-store', () => {
  describe('#createNeo4jStore', () => {
    it('should fail with StoreUnavailableError when nothing listens', async () => {
      const attempt = createNeo4jStore({
        uri: 'bolt://127.0.0.1:1',
        user: 'neo4j',
        password: 'x',
        connectionTimeoutMs: 2000,
      });
      await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(attempt).rejects.toThrow(/@kg\/graph-store\/neo4j: /);
    });
  });

  describe('#neo4jConfigFromEnv', () => {
    it('should read the NEO4J_* variables and need a URI', () => {
      expect(neo4jConfigFromEnv({})).toBeUndefined();
      expect(
        neo4jConfigFromEnv({
          NEO4J_URI: 'neo4j://db:7687',
          NEO4J_PASSWORD: 'pw',
          NEO4J_DATABASE: 'kg',
        }),
      ).toEqual({
        uri: 'neo4j://db:7687',
        user: 'neo4j',
        password: 'pw',
        database: 'kg',
      });
    });
  });

  describe('#mapNeo4jError', () => {
    it.each([
      [neo4jError(neo4j.error.SERVICE_UNAVAILABLE), StoreUnavailableError],
      [neo4jError(neo4j.error.SESSION_EXPIRED), StoreUnavailableError],
      [neo4jError('Neo.ClientError.Security.Unauthorized'), StoreUnavailableError],
      [neo4jError('Neo.ClientError.Transaction.TransactionTimedOut'), QueryTimeoutError],
      [
        neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
        QueryTimeoutError,
      ],
      [neo4jError('Neo.ClientError.Statement.SyntaxError'), QuerySyntaxError],
      [neo4jError('Neo.ClientError.Statement.SemanticError'), QuerySyntaxError],
      [neo4jError('Neo.ClientError.Statement.ParameterMissing'), QuerySyntaxError],
      [neo4jError('Neo.ClientError.Statement.AccessMode'), QueryRejectedError],
    ])('should map %s', (error, expected) => {
      const mapped = mapNeo4jError(error, 'test');
      expect(mapped).toBeInstanceOf(expected);
      expect(mapped.message).toMatch(/^@kg\/graph-store\/neo4j: test: /);
      expect((mapped as StoreError).cause).toBe(error);
    });

    it('should keep store errors and wrap anything else as StoreError', () => {
      const input = new StoreInputError('neo4j', 'bad');
      expect(mapNeo4jError(input, 'x')).toBe(input);
      const other = mapNeo4jError(new Error('kaput'), 'x');
      expect(other.constructor).toBe(StoreError);
      expect(other.message).toContain('kaput');
    });
  });

  describe('#detectWrites (on the shared contract cases)', () => {
    it.each(HOSTILE_QUERIES.map((c) => [c.name, c.query]))(
      'should never pass %s as a read',
      async (_name, query) => {
        expect((await detectWrites(query)).kind).not.toBe('read');
      },
    );

    it.each(ALLOWED_QUERIES.map((c) => [c.name, c.query]))(
      'should pass %s',
      async (_name, query) => {
        expect(await detectWrites(query)).toEqual({ kind: 'read' });
      },
    );
  });

  describe('#planDocuments', () => {
    it('should key evidence by relation, document and sentence and give dates from the document', () => {
      const { result, texts } = worldFixture();
      const plans = planDocuments(result, texts);
      expect(plans.map((p) => p.document.id)).toEqual(['doc-spring', 'doc-summer', 'doc-autumn']);
      const spring = plans[0];
      const rid = relationId('VLT', 'SANCTIONS', 'OST');
      expect(spring.evidence.find((e) => e.relationId === rid)).toMatchObject({
        key: `${rid}|doc-spring|0`,
        date: '2022-03-01',
        confidence: 0.9,
      });
      expect(spring.relations.find((r) => r.id === rid)).toMatchObject({
        cameo: '163',
        quadClass: 4,
      });
      const evidenceTotal = plans.reduce((n, p) => n + p.evidence.length, 0);
      expect(evidenceTotal).toBe(result.relations.reduce((n, r) => n + r.evidence.length, 0));
    });

    it('should hash text and extraction so an edit changes the hash and a repeat does not', () => {
      const a = planDocuments(worldFixture().result, worldFixture().texts);
      const b = planDocuments(worldFixture().result, worldFixture().texts);
      expect(a.map((p) => p.document.hash)).toEqual(b.map((p) => p.document.hash));
      const edited = worldFixture();
      edited.texts[0] = { ...edited.texts[0], text: `${edited.texts[0].text} ` };
      const c = planDocuments(edited.result, edited.texts);
      expect(c[0].document.hash).not.toBe(a[0].document.hash);
      expect(c[1].document.hash).toBe(a[1].document.hash);
    });

    it('should pool repeated entities of merged extractions', () => {
      const merged = mergeFixtures(worldFixture(), worldFixture());
      const plans = planDocuments(
        { ...merged.result, documents: worldFixture().result.documents },
        worldFixture().texts,
      );
      const ostSpring = plans[0].mentions.filter((m) => m.entityId === 'OST');
      expect(ostSpring).toHaveLength(1);
      expect(JSON.parse(ostSpring[0].spans)).toHaveLength(2);
    });

    it.each([
      [
        'a relation to an unknown entity',
        (r: ExtractionResult) => void (r.relations[0].source = 'nobody'),
      ],
      [
        'evidence in an unknown document',
        (r: ExtractionResult) => void (r.relations[0].evidence[0].docId = 'nowhere'),
      ],
      ['a schema violation', (r: ExtractionResult) => void (r.relations[0].confidence = 7)],
    ])('should refuse %s with StoreInputError', (_what, mutate) => {
      const { result, texts } = structuredClone(worldFixture());
      mutate(result);
      expect(() => planDocuments(result, texts)).toThrow(StoreInputError);
    });

    it('should refuse a document without text', () => {
      const { result, texts } = worldFixture();
      expect(() => planDocuments(result, texts.slice(1))).toThrow(
        /no text given for document "doc-spring"/,
      );
    });
  });

  describe('#checkStoredTypes', () => {
    it('should refuse an id stored under another type with the embedded store message', () => {
      const { result } = worldFixture();
      const vlt = result.entities.find((e) => e.id === 'VLT');
      expect(vlt?.type).toBe('Country');
      const stored = new Map([['VLT', ['Organization']]]);
      expect(() => checkStoredTypes(result.entities, stored)).toThrow(StoreInputError);
      expect(() => checkStoredTypes(result.entities, stored)).toThrow(
        /entity "VLT" is stored as Organization but this extraction says Country; an id keeps its first type/,
      );
    });

    it('should accept ids stored with the same type or not stored', () => {
      const { result } = worldFixture();
      const stored = new Map([['VLT', ['Country']]]);
      expect(() => checkStoredTypes(result.entities, stored)).not.toThrow();
    });
  });

  describe('#planBatches', () => {
    it('should write each entity once, with the first batch that needs it', () => {
      const { result, texts } = worldFixture();
      const batches = planBatches(result, planDocuments(result, texts), 1);
      expect(batches).toHaveLength(3);
      const ids = batches.flatMap((b) => [...b.entitiesByType.values()].flat().map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(result.entities.map((e) => e.id).sort());
      const first = [...batches[0].entitiesByType.values()].flat().map((e) => e.id);
      expect(first.sort()).toEqual(['OST', 'VLT', 'ana-kovac']);
    });

    it('should fold names for search', () => {
      const { result, texts } = worldFixture();
      const rows = planBatches(result, planDocuments(result, texts)).flatMap((b) =>
        [...b.entitiesByType.values()].flat(),
      );
      expect(rows.find((r) => r.id === 'jerome-lukasz')).toMatchObject({
        foldedName: 'jerome lukasz',
        foldedAliases: ['lukasz'],
      });
    });
  });

  describe('#foldText', () => {
    it.each([
      ['Jérôme Łukasz', 'jerome lukasz'],
      ['Ana  Kovač', 'ana kovac'],
      ['Søren Æbelø', 'soren aebelo'],
      ['Straße', 'strasse'],
    ])('should fold %j to %j', (input, expected) => {
      expect(foldText(input)).toBe(expected);
    });
  });

  describe('#filterParams', () => {
    it('should give null for absent filters and hide weak edges without includeWeak', () => {
      expect(filterParams({ minConfidence: 0, includeWeak: false })).toEqual({
        types: null,
        relationTypes: null,
        excludeWeak: true,
        minConfidence: 0,
        from: null,
        to: null,
      });
      expect(filterParams({ includeWeak: true }).excludeWeak).toBe(false);
      expect(filterParams({ relationTypes: ['CO_MENTIONED'] }).excludeWeak).toBe(true);
    });
  });

  describe('#toDriverParams', () => {
    it('should send whole numbers as Cypher INTEGER and keep the rest', () => {
      const out = toDriverParams({ n: 10, x: 0.5, list: [1, 'a'], nested: { k: 2 } }) as Record<
        string,
        unknown
      >;
      expect(neo4j.isInt(out.n)).toBe(true);
      expect(out.x).toBe(0.5);
      expect(neo4j.isInt((out.list as unknown[])[0])).toBe(true);
      expect(neo4j.isInt((out.nested as Record<string, unknown>).k)).toBe(true);
    });
  });
});
