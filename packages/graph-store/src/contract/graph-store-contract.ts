import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relationId, SearchQuerySchema } from '@kg/schema';
import type { GraphStore } from '../graph-store';
import { StoreInputError } from '../errors';
import {
  buildExtraction,
  chainFixture,
  mergeFixtures,
  starFixture,
  worldDocuments,
  worldFixture,
  WORLD_ENTITIES,
} from './fixtures';
import { describeQueryContract } from './contract-queries';
import { describeUserQueryContract } from './contract-user-query';
import { describeSyndication } from './contract-syndication';

export type StoreFactory = () => Promise<{ store: GraphStore; cleanup(): Promise<void> }>;

/** Everything observable about a store's content (to compare before/after). */
export async function snapshot(store: GraphStore): Promise<unknown> {
  const all = await store.exportAll();
  const sortById = <T extends { id: string }>(xs: T[]): T[] =>
    [...xs].sort((a, b) => a.id.localeCompare(b.id));
  const evidence = await Promise.all(sortById(all.edges).map((e) => store.evidence(e.id)));
  return {
    stats: await store.stats(),
    nodes: sortById(all.nodes),
    edges: sortById(all.edges),
    evidence,
    docs: await store.listDocuments({ limit: 1000, offset: 0 }),
  };
}

/**
 * The GraphStore contract: every adapter must pass it. `factory` returns a fresh, empty store
 * and a cleanup that closes (and removes) it.
 */
export function describeGraphStoreContract(name: string, factory: StoreFactory): void {
  describe(`GraphStore contract: ${name}`, () => {
    describe('writes', () => describeLifecycleContract(factory));
    describe('reads', () => describeQueryContract(factory));
    describe('user queries', () => describeUserQueryContract(factory));
    describeSyndication(factory);
  });
}

function describeLifecycleContract(factory: StoreFactory): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await factory());
  });
  afterEach(async () => {
    await cleanup?.();
  });

  describe('#ingest', () => {
    it('should store documents, entities, relations and evidence', async () => {
      const { result, texts } = worldFixture();
      const report = await store.ingest(result, texts);
      expect(report).toMatchObject({ documents: 3, unchanged: 0, replaced: 0, evidence: 10 });
      const stats = await store.stats();
      expect(stats).toMatchObject({
        dialect: store.dialect,
        documents: 3,
        entities: 9,
        relations: 9,
        evidence: 10,
      });
      expect(stats.entitiesByType).toMatchObject({
        Country: 4,
        Person: 3,
        Organization: 1,
        Group: 1,
      });
      expect(stats.relationsByType).toMatchObject({ SANCTIONS: 1, CO_MENTIONED: 1, HOLDS_ROLE: 1 });
      expect(stats.dateRange).toEqual({ min: '2022-03-01', max: '2022-10-20' });
    });

    it("should return a claim's modality and claimant with its evidence, and nothing for assertions", async () => {
      const { result, texts } = worldFixture();
      const [claimed, asserted] = result.relations.filter((r) => r.type !== 'CO_MENTIONED');
      claimed!.modality = 'claimed';
      claimed!.claimant = asserted!.source;
      await store.ingest(result, texts);
      const claimRows = await store.evidence(claimed!.id);
      expect(claimRows?.length).toBeGreaterThan(0);
      for (const row of claimRows ?? [])
        expect(row).toMatchObject({ modality: 'claimed', claimant: asserted!.source });
      for (const row of (await store.evidence(asserted!.id)) ?? []) {
        expect(row.modality).toBeUndefined();
        expect(row.claimant).toBeUndefined();
      }
    });

    it('should aggregate count, first/last date and max confidence from evidence', async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      const detail = await store.getEntity('VLT');
      const edge = detail?.relations.find((e) => e.id === relationId('VLT', 'SANCTIONS', 'OST'));
      expect(edge).toMatchObject({
        source: 'VLT',
        target: 'OST',
        type: 'SANCTIONS',
        count: 2,
        firstDate: '2022-03-01',
        lastDate: '2022-06-15',
        confidence: 0.9,
        cameo: '163',
        quadClass: 4,
      });
    });

    it('should change nothing when the same documents are ingested twice', async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      const before = await snapshot(store);
      const again = await store.ingest(result, texts);
      expect(again).toMatchObject({ documents: 3, unchanged: 3, replaced: 0 });
      expect(await snapshot(store)).toEqual(before);
    });

    it('should replace the evidence and mentions of an edited document', async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      const docs = worldDocuments();
      docs[1].sentences = [
        {
          text: 'Veltrania lifted nothing and kept pressure on Ostmark.',
          mentions: ['VLT', 'OST'],
          relations: [{ source: 'VLT', type: 'COERCES', target: 'OST', confidence: 0.6 }],
        },
      ];
      const edited = buildExtraction(WORLD_ENTITIES, [docs[1]]);
      const report = await store.ingest(edited.result, edited.texts);
      expect(report).toMatchObject({ documents: 1, unchanged: 0, replaced: 1 });
      expect(await store.evidence(relationId('KRB', 'SUPPORTS', 'VLT'))).toBeNull();
      expect(await store.evidence(relationId('VLT', 'COERCES', 'OST'))).toHaveLength(1);
      const sanctions = await store.evidence(relationId('VLT', 'SANCTIONS', 'OST'));
      expect(sanctions?.map((e) => e.docId)).toEqual(['doc-spring']);
      expect(await store.getEntity('jerome-lukasz')).toBeNull();
      const doc = await store.getDocument('doc-summer');
      expect(doc?.text).toBe(edited.texts[0].text);
      const stats = await store.stats();
      expect(stats.relationsByType.SUPPORTS ?? 0).toBe(0);
    });

    it("should keep an id's first name and iso3 and add a later name as an alias", async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      const renamed = WORLD_ENTITIES.map((e) =>
        e.id === 'VLT' ? { ...e, name: 'Republic of Veltrania', iso3: 'VLX', aliases: [] } : e,
      );
      const later = buildExtraction(renamed, [
        {
          id: 'doc-winter',
          date: '2022-12-01',
          sentences: [
            {
              text: 'The Republic of Veltrania criticised Ostmark.',
              mentions: ['VLT', 'OST'],
              relations: [{ source: 'VLT', type: 'CRITICIZES', target: 'OST' }],
            },
          ],
        },
      ]);
      await store.ingest(later.result, later.texts);
      const vlt = (await store.getEntity('VLT'))?.entity;
      expect(vlt).toMatchObject({ name: 'Veltrania', iso3: 'VLT' });
      expect(vlt?.aliases).toEqual(
        expect.arrayContaining(['Veltranian government', 'Republic of Veltrania']),
      );
      expect(vlt?.aliases).not.toContain('Veltrania');
      const hits = await store.search(SearchQuerySchema.parse({ q: 'republic of veltrania' }));
      expect(hits[0]?.id).toBe('VLT');
    });

    it('should reject an invalid extraction with StoreInputError and change nothing', async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      const before = await snapshot(store);
      const bad = structuredClone(worldFixture());
      bad.result.relations[0].source = 'nobody-known';
      await expect(store.ingest(bad.result, bad.texts)).rejects.toBeInstanceOf(StoreInputError);
      await expect(
        store.ingest({ documents: [], entities: [], relations: [{}] } as never, []),
      ).rejects.toBeInstanceOf(StoreInputError);
      expect(await snapshot(store)).toEqual(before);
    });

    it('should roll back a failing batch and leave the store as it was', async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      const before = await snapshot(store);
      const big = mergeFixtures(starFixture(30), chainFixture(6));
      const docs = worldDocuments();
      docs[0].sentences = [
        {
          text: 'Korbia attacked Zelmar.',
          mentions: ['KRB', 'ZEL'],
          relations: [{ source: 'KRB', type: 'ATTACKS', target: 'ZEL' }],
        },
      ];
      const failing = mergeFixtures(big, buildExtraction(WORLD_ENTITIES, [docs[0]]));
      const onProgress = (): void => {
        throw new Error('fixture: abort the batch');
      };
      await expect(store.ingest(failing.result, failing.texts, { onProgress })).rejects.toThrow();
      expect(await snapshot(store)).toEqual(before);
      expect(await store.ping()).toBe(true);
    });

    it('should report progress up to the number of documents', async () => {
      const { result, texts } = worldFixture();
      const calls: Array<[number, number]> = [];
      await store.ingest(result, texts, { onProgress: (done, total) => calls.push([done, total]) });
      expect(calls.at(-1)).toEqual([3, 3]);
    });
  });

  describe('#deleteDocument', () => {
    it('should remove its evidence, edges left without evidence and orphan entities', async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      expect(await store.deleteDocument('doc-summer')).toBe(true);
      expect(await store.getDocument('doc-summer')).toBeNull();
      expect(await store.evidence(relationId('KRB', 'SUPPORTS', 'VLT'))).toBeNull();
      expect(await store.getEntity('jerome-lukasz')).toBeNull();
      expect(await store.getEntity('KRB')).not.toBeNull();
      const sanctions = (await store.getEntity('VLT'))?.relations.find(
        (e) => e.type === 'SANCTIONS',
      );
      expect(sanctions).toMatchObject({
        count: 1,
        firstDate: '2022-03-01',
        lastDate: '2022-03-01',
        confidence: 0.9,
      });
      expect(await store.stats()).toMatchObject({ documents: 2, evidence: 6 });
    });

    it('should return false for an unknown document', async () => {
      expect(await store.deleteDocument('no-such-doc')).toBe(false);
    });

    it('should leave an empty store after deleting every document', async () => {
      const { result, texts } = worldFixture();
      await store.ingest(result, texts);
      for (const id of ['doc-spring', 'doc-summer', 'doc-autumn'])
        expect(await store.deleteDocument(id)).toBe(true);
      expect(await store.stats()).toMatchObject({
        documents: 0,
        entities: 0,
        relations: 0,
        evidence: 0,
      });
      const again = await store.ingest(result, texts);
      expect(again.unchanged).toBe(0);
      expect((await store.stats()).relations).toBe(9);
    });
  });

  describe('#ping', () => {
    it('should answer true on an open store', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
