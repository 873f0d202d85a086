import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relationId } from '@kg/schema';
import type { GraphStore } from '../graph-store';
import { SAME_TOPIC_STORY, WIRE_PARAGRAPHS } from '../syndication/story-fixtures';
import { buildExtraction, type FixtureDocument, type FixtureEntity } from './fixtures';
import type { StoreFactory } from './graph-store-contract';

const ENTITIES: FixtureEntity[] = [
  { id: 'FIN', name: 'Finland', type: 'Country', iso3: 'FIN' },
  { id: 'EST', name: 'Estonia', type: 'Country', iso3: 'EST' },
];
const REL = relationId('FIN', 'COOPERATES_MATERIALLY', 'EST');
const cooperate = { source: 'FIN', type: 'COOPERATES_MATERIALLY' as const, target: 'EST' };

/** The wire story as one outlet carried it: its own dateline, maybe trimmed or with boilerplate. */
function outlet(id: string, source: string, date: string, paragraphs: string[]): FixtureDocument {
  return {
    id,
    source,
    date,
    title: `${source}: Finland, Estonia agree on power cable`,
    sentences: paragraphs.map((text, i) =>
      i === 0 ? { text, mentions: ['FIN', 'EST'], relations: [cooperate] } : { text, mentions: [] },
    ),
  };
}

const REUTERS = outlet('wire-reuters', 'Reuters', '2026-12-01', [
  `HELSINKI (Reuters) - ${WIRE_PARAGRAPHS[0]}`,
  ...WIRE_PARAGRAPHS.slice(1),
]);
const AP = outlet('wire-ap', 'AP', '2026-12-01', [
  `TALLINN, Dec 1 (AP) - ${WIRE_PARAGRAPHS[0]}`,
  ...WIRE_PARAGRAPHS.slice(1),
]);
const BBC = outlet('wire-bbc', 'BBC', '2026-12-02', [
  ...WIRE_PARAGRAPHS.slice(0, 4),
  'Follow us for more news from the region.',
]);
const OTHER: FixtureDocument = {
  id: 'other-story',
  source: 'ERR',
  date: '2026-12-03',
  sentences: [
    {
      text: SAME_TOPIC_STORY.text.split('\n\n')[1],
      mentions: ['FIN', 'EST'],
      relations: [cooperate],
    },
  ],
};

const fixture = (...docs: FixtureDocument[]) => buildExtraction(ENTITIES, docs);

/** One wire story carried by Reuters, AP and BBC (Finland cooperates with Estonia): one report. */
export const syndicatedFixture = () => fixture(REUTERS, AP, BBC);

/** Syndicated copies are one report with several outlets, in every store. */
export function describeSyndicationContract(factory: StoreFactory): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await factory());
  });
  afterEach(async () => {
    await cleanup?.();
  });

  const expectOneReportThreeOutlets = async () => {
    const edge = (await store.exportAll()).edges.find((e) => e.id === REL);
    expect(edge?.count).toBe(1);
    const rows = await store.evidence(REL);
    expect(rows).toHaveLength(1);
    expect(rows?.[0].docId).toBe('wire-reuters');
    expect(rows?.[0].outlets?.map((o) => [o.docId, o.source])).toEqual([
      ['wire-reuters', 'Reuters'],
      ['wire-ap', 'AP'],
      ['wire-bbc', 'BBC'],
    ]);
    expect((await store.listDocuments({ limit: 10, offset: 0 })).total).toBe(3);
    expect((await store.getDocument('wire-bbc'))?.copyOf).toBe('wire-reuters');
    expect((await store.getDocument('wire-reuters'))?.copyOf).toBeUndefined();
  };

  it('should store a story from three outlets as one report with three sources', async () => {
    const { result, texts } = fixture(REUTERS, AP, BBC);
    const report = await store.ingest(result, texts);
    expect(report).toMatchObject({ documents: 3, copies: 2, evidence: 1 });
    await expectOneReportThreeOutlets();
  });

  it('should recognise copies across separate ingests, and a re-ingest changes nothing', async () => {
    for (const doc of [REUTERS, AP, BBC]) {
      const { result, texts } = fixture(doc);
      await store.ingest(result, texts);
    }
    await expectOneReportThreeOutlets();
    const again = fixture(AP);
    expect(await store.ingest(again.result, again.texts)).toMatchObject({ unchanged: 1 });
    await expectOneReportThreeOutlets();
  });

  it('should count a different story on the same topic as another report', async () => {
    const { result, texts } = fixture(REUTERS, AP, OTHER);
    const report = await store.ingest(result, texts);
    expect(report.copies).toBe(1);
    const edge = (await store.exportAll()).edges.find((e) => e.id === REL);
    expect(edge?.count).toBe(2);
    const rows = (await store.evidence(REL)) ?? [];
    expect(rows.map((r) => [r.docId, r.outlets?.length])).toEqual([
      ['wire-reuters', 2],
      ['other-story', undefined],
    ]);
  });

  it('should drop a deleted copy from the outlets', async () => {
    const { result, texts } = fixture(REUTERS, AP, BBC);
    await store.ingest(result, texts);
    expect(await store.deleteDocument('wire-ap')).toBe(true);
    const rows = await store.evidence(REL);
    expect(rows?.[0].outlets?.map((o) => o.docId)).toEqual(['wire-reuters', 'wire-bbc']);
  });
}

export function describeSyndication(factory: StoreFactory): void {
  describe('syndicated copies', () => describeSyndicationContract(factory));
}
