import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EvidenceSearchQuerySchema,
  NeighborhoodQuerySchema,
  PathsQuerySchema,
  SearchQuerySchema,
  SubgraphQuerySchema,
  relationId,
} from '@kg/schema';
import type { Subgraph } from '@kg/schema';
import type { GraphStore } from '../graph-store';
import { chainFixture, mergeFixtures, starFixture, worldFixture } from './fixtures';
import type { StoreFactory } from './graph-store-contract';

const nb = (q: Record<string, string | number> = {}) => NeighborhoodQuerySchema.parse(q);
const ids = (g: Subgraph | null): string[] => (g?.nodes.map((n) => n.id) ?? []).sort();
const types = (g: Subgraph | null): string[] =>
  [...new Set(g?.edges.map((e) => e.type) ?? [])].sort();

export function describeQueryContract(factory: StoreFactory): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  const fixture = mergeFixtures(worldFixture(), starFixture(25), chainFixture(6));
  beforeAll(async () => {
    ({ store, cleanup } = await factory());
    await store.ingest(fixture.result, fixture.texts);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  describe('#search', () => {
    it.each([
      ['a name prefix', 'Veltr', 'VLT'],
      ['lower case', 'ostmark', 'OST'],
      ['an alias', 'Veltranian gov', 'VLT'],
      ['no diacritics for Łukasz', 'jerome lukasz', 'jerome-lukasz'],
      ['a word prefix inside the name', 'Marenk', 'boris-marenko'],
      ['a typo (edit distance 1)', 'Marenka', 'boris-marenko'],
      ['a typo (edit distance 2)', 'Anna Kovacs', 'ana-kovac'],
    ])('should find an entity by %s', async (_label, q, id) => {
      const hits = await store.search(SearchQuerySchema.parse({ q }));
      expect(hits[0]?.id).toBe(id);
    });

    it('should rank prefix matches before fuzzy ones and by degree', async () => {
      const hits = await store.search(SearchQuerySchema.parse({ q: 'Spoke Person 1', limit: 20 }));
      expect(hits[0].name).toBe('Spoke Person 1');
      const hub = await store.search(SearchQuerySchema.parse({ q: 'hub' }));
      expect(hub[0]).toMatchObject({ id: 'hub', type: 'Country', degree: 25 });
    });

    it('should filter by entity type and respect the limit', async () => {
      const hits = await store.search(
        SearchQuerySchema.parse({ q: 'o', types: 'Country', limit: 2 }),
      );
      expect(hits.length).toBeLessThanOrEqual(2);
      expect(hits.every((h) => h.type === 'Country')).toBe(true);
    });

    it('should return nothing for an unknown name', async () => {
      expect(await store.search(SearchQuerySchema.parse({ q: 'Qwxyzzy' }))).toEqual([]);
    });
  });

  describe('#getEntity', () => {
    it('should return aliases, roles, mentions with document ids, documents and relations', async () => {
      const d = await store.getEntity('ana-kovac');
      expect(d?.entity).toMatchObject({ id: 'ana-kovac', name: 'Ana Kovač', type: 'Person' });
      expect(d?.entity.aliases).toContain('Kovač');
      expect(d?.roles).toContainEqual(
        expect.objectContaining({ role: 'foreign minister', of: 'OST' }),
      );
      expect(new Set(d?.mentions.map((m) => m.docId))).toEqual(
        new Set(['doc-spring', 'doc-summer']),
      );
      expect(d?.documents.map((x) => x.id).sort()).toEqual(['doc-spring', 'doc-summer']);
      expect(d?.relations.map((r) => r.type).sort()).toEqual([
        'CO_MENTIONED',
        'CRITICIZES',
        'HOLDS_ROLE',
      ]);
    });

    it('should give mention offsets that slice the stored text', async () => {
      const d = await store.getEntity('OST');
      for (const m of d?.mentions ?? []) {
        const doc = await store.getDocument(m.docId);
        expect(doc?.text.slice(m.start, m.end)).toBe(m.text);
      }
      expect(d?.mentions.length).toBeGreaterThan(0);
    });

    it('should return null for an unknown id', async () => {
      expect(await store.getEntity('no-such-entity')).toBeNull();
    });
  });

  describe('#neighborhood', () => {
    it('should return the 1-hop neighbourhood without weak edges by default', async () => {
      const g = await store.neighborhood('ana-kovac', nb());
      expect(ids(g)).toEqual(['OST', 'VLT', 'ana-kovac']);
      expect(types(g)).toEqual(['CRITICIZES', 'HOLDS_ROLE', 'SANCTIONS']);
    });

    it.each([
      ['includeWeak', { includeWeak: 'true' }, ['OST', 'VLT', 'ana-kovac', 'boris-marenko']],
      ['relationTypes', { relationTypes: 'HOLDS_ROLE' }, ['OST', 'ana-kovac']],
      ['entity types', { types: 'Country,Person' }, ['OST', 'VLT', 'ana-kovac']],
      ['minConfidence', { minConfidence: 0.9 }, ['OST', 'ana-kovac']],
      [
        'a date range',
        { from: '2022-06-01', to: '2022-12-31', includeWeak: 'true' },
        ['ana-kovac', 'boris-marenko'],
      ],
    ])('should apply the %s filter', async (_label, q, expected) => {
      expect(
        ids(await store.neighborhood('ana-kovac', nb(q as Record<string, string | number>))),
      ).toEqual(expected);
    });

    it('should reach 2 hops at depth 2', async () => {
      const g = await store.neighborhood('KRB', nb({ depth: 2 }));
      expect(ids(g)).toEqual(
        expect.arrayContaining(['KRB', 'VLT', 'ZEL', 'OST', 'ana-kovac', 'free-ostmark']),
      );
      expect(g?.edges.every((e) => ids(g).includes(e.source) && ids(g).includes(e.target))).toBe(
        true,
      );
    });

    it('should cap nodes and count what was left out', async () => {
      const g = await store.neighborhood('hub', nb({ limit: 10 }));
      expect(g?.nodes).toHaveLength(10);
      expect(g?.omittedNodes).toBe(16);
      expect(g?.nodes.find((n) => n.id === 'hub')?.hiddenNeighbors).toBe(16);
    });

    it('should return null for an unknown id', async () => {
      expect(await store.neighborhood('no-such-entity', nb())).toBeNull();
    });
  });

  describe('#paths', () => {
    const pq = (q: Record<string, string | number>) => PathsQuerySchema.parse(q);
    it('should find the shortest path', async () => {
      const r = await store.paths(pq({ from: 'link-0', to: 'link-2' }));
      expect(r?.paths).toEqual([
        {
          nodes: ['link-0', 'link-1', 'link-2'],
          edges: [
            relationId('link-0', 'SUPPORTS', 'link-1'),
            relationId('link-1', 'SUPPORTS', 'link-2'),
          ],
        },
      ]);
      expect(ids(r?.subgraph ?? null)).toEqual(['link-0', 'link-1', 'link-2']);
    });

    it('should follow edges in both directions across types', async () => {
      const r = await store.paths(pq({ from: 'KRB', to: 'ana-kovac' }));
      expect(r?.paths[0]?.nodes).toEqual(['KRB', 'VLT', 'ana-kovac']);
    });

    it('should restrict paths to the given relation types', async () => {
      const r = await store.paths(
        pq({ from: 'link-0', to: 'link-5', relationTypes: 'SUPPORTS', maxHops: 6 }),
      );
      expect(r?.paths[0]?.nodes).toHaveLength(6);
      const direct = await store.paths(pq({ from: 'link-0', to: 'link-5' }));
      expect(direct?.paths[0]?.edges).toEqual([relationId('link-0', 'DEMANDS', 'link-5')]);
    });

    it('should return no path beyond maxHops and null for unknown ends', async () => {
      expect(
        (
          await store.paths(
            pq({ from: 'link-0', to: 'link-5', relationTypes: 'SUPPORTS', maxHops: 3 }),
          )
        )?.paths,
      ).toEqual([]);
      expect(await store.paths(pq({ from: 'link-0', to: 'no-such-entity' }))).toBeNull();
    });
  });

  describe('#subgraph', () => {
    const sq = (q: Record<string, string | number>) => SubgraphQuerySchema.parse(q);
    it('should return the filtered graph', async () => {
      const g = await store.subgraph(sq({ relationTypes: 'SANCTIONS,SUPPORTS' }));
      expect(ids(g)).toEqual([
        'KRB',
        'OST',
        'VLT',
        'link-0',
        'link-1',
        'link-2',
        'link-3',
        'link-4',
        'link-5',
      ]);
      expect(types(g)).toEqual(['SANCTIONS', 'SUPPORTS']);
    });

    it('should keep the highest-degree nodes under a cap', async () => {
      const g = await store.subgraph(sq({ limit: 5 }));
      expect(g.nodes).toHaveLength(5);
      expect(g.nodes.map((n) => n.id)).toContain('hub');
      expect(g.omittedNodes).toBeGreaterThan(0);
      expect(g.edges.every((e) => ids(g).includes(e.source) && ids(g).includes(e.target))).toBe(
        true,
      );
    });

    it('should apply dates and hide weak edges', async () => {
      const g = await store.subgraph(sq({ from: '2022-10-01', to: '2022-10-31' }));
      expect(types(g)).toEqual(['APPEALS_TO', 'PROTESTS_AGAINST', 'THREATENS']);
    });
  });

  describe('#evidence', () => {
    it('should return each sentence with its document title, date and source', async () => {
      const rows = await store.evidence(relationId('VLT', 'SANCTIONS', 'OST'));
      expect(rows).toHaveLength(2);
      expect(rows?.[0]).toMatchObject({
        docId: 'doc-spring',
        docTitle: 'Veltrania sanctions Ostmark',
        docDate: '2022-03-01',
        docSource: 'Fixture Wire',
        sentence: 0,
        date: '2022-03-01',
      });
      for (const r of rows ?? [])
        expect((await store.getDocument(r.docId))?.text.slice(r.start, r.end)).toBe(r.text);
    });

    it('should return null for an unknown relationship', async () => {
      expect(await store.evidence('nobody__SANCTIONS__nothing')).toBeNull();
    });
  });

  describe('#searchEvidence', () => {
    const search = (q: string, limit?: number) =>
      store.searchEvidence(EvidenceSearchQuerySchema.parse({ q, limit }));

    it('should find sentences holding every word, newest first, with document and relations', async () => {
      const res = await search('SANCTIONS ostmark');
      expect(res.truncated).toBe(false);
      expect(res.results.map((r) => r.docId)).toEqual(['doc-summer', 'doc-spring']);
      expect(res.results[1]).toMatchObject({
        docTitle: 'Veltrania sanctions Ostmark',
        docDate: '2022-03-01',
        docSource: 'Fixture Wire',
        sentence: 0,
        text: 'Veltrania imposed sanctions on Ostmark.',
        relations: [
          {
            id: relationId('VLT', 'SANCTIONS', 'OST'),
            source: 'VLT',
            type: 'SANCTIONS',
            target: 'OST',
          },
        ],
      });
      const hit = res.results[1];
      expect(hit.matches.map((m) => hit.text.slice(m.start, m.end))).toEqual([
        'sanctions',
        'Ostmark',
      ]);
    });

    it.each([
      ['a word in no sentence', 'Veltrania zzzz', 0],
      ['any case and accents kept', 'łukasz', 1],
      ['part of a word', 'criticis', 1],
    ])('should match %s', async (_label, q, n) => {
      expect((await search(q)).results).toHaveLength(n);
    });

    it('should cap the results and say more match', async () => {
      const res = await search('Hub State consults', 3);
      expect(res.results).toHaveLength(3);
      expect(res.truncated).toBe(true);
    });
  });

  describe('#documents', () => {
    it('should list documents newest first with paging', async () => {
      const page = await store.listDocuments({ limit: 2, offset: 0 });
      expect(page.total).toBe(5);
      expect(page.documents.map((d) => d.id)).toEqual(['doc-chain', 'doc-star']);
      const next = await store.listDocuments({ limit: 2, offset: 2 });
      expect(next.documents.map((d) => d.id)).toEqual(['doc-autumn', 'doc-summer']);
    });

    it('should return a document with its text, or null', async () => {
      expect(await store.getDocument('doc-spring')).toMatchObject({
        id: 'doc-spring',
        title: 'Veltrania sanctions Ostmark',
        date: '2022-03-01',
        sentences: 3,
      });
      expect(await store.getDocument('nope')).toBeNull();
    });
  });

  describe('#exportAll', () => {
    it('should export every entity and relationship including weak ones', async () => {
      const all = await store.exportAll();
      const stats = await store.stats();
      expect(all.nodes).toHaveLength(stats.entities);
      expect(all.edges).toHaveLength(stats.relations);
      expect(all.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(true);
    });
  });
}
