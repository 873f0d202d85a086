import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../contract';
import { splitByDocument } from '../contract/split';
import { syntheticFixture } from '../contract/synthetic';
import type { Fixture } from '../contract/fixtures';
import { DocumentLog, readLiveDocuments, withDocumentLog } from '../document-log';
import { createEmbeddedStore } from '../embedded';
import { StoreInputError } from '../errors';
import type { GraphStore, IngestReport } from '../graph-store';
import type { GroupingStore, IngestPart } from './group';
import { withIngestQueue } from './ingest-queue';

const root = mkdtempSync(join(tmpdir(), 'kg-queue-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const openEmbedded = () =>
  createEmbeddedStore({ dir: join(root, `s${n++}`), bufferPoolSize: 64 * 1024 * 1024 });

/** 9 articles over 60 entities: the first seeds the store, the other 8 arrive at once. */
/** The embedded cases write ~100 (type, label pair) tables: slow on a loaded machine. */
const SLOW = 240_000;
const articles = (): Fixture[] =>
  splitByDocument(
    syntheticFixture({
      entities: 60,
      documents: 9,
      sentencesPerDocument: 5,
      seed: 5,
      prefix: 'q',
    }),
  );

/** `articles()[i]` with its first entity stored under another type: the store refuses it. */
function retyped(a: Fixture): Fixture {
  const [first, ...rest] = a.result.entities;
  const type = first.type === 'Person' ? ('Country' as const) : ('Person' as const);
  return { ...a, result: { ...a.result, entities: [{ ...first, type }, ...rest] } };
}

/** Records the size of every group the inner store commits. */
function countingGroups(store: GroupingStore, sizes: number[]): GroupingStore {
  const inner = store.ingestGroup!;
  return { ...store, ingestGroup: (parts) => (sizes.push(parts.length), inner(parts)) };
}

describe('withIngestQueue on the embedded store', () => {
  it(
    'should commit concurrent calls as one group, stored as lone ingests store them',
    async () => {
      const [seed, ...rest] = articles();
      const sizes: number[] = [];
      const queued = withIngestQueue(countingGroups(await openEmbedded(), sizes));
      const alone = await openEmbedded();
      try {
        await queued.ingest(seed.result, seed.texts);
        await alone.ingest(seed.result, seed.texts);
        const reports = await Promise.all(rest.map((a) => queued.ingest(a.result, a.texts)));
        const expected: IngestReport[] = [];
        for (const a of rest) expected.push(await alone.ingest(a.result, a.texts));
        expect(sizes).toEqual([1, 8]);
        // exact per caller, but a relationship or entity shared by articles counts in each
        const exact = (r: IngestReport) => ({ ...r, relations: 0, entities: 0 });
        expect(reports.map(exact)).toEqual(expected.map(exact));
        reports.forEach((r, i) => {
          expect(r.relations).toBe(new Set(rest[i].result.relations.map((x) => x.id)).size);
          expect(r.entities).toBeGreaterThanOrEqual(expected[i].entities);
        });
        // merged into one extraction: entities shared by articles were counted more than once
        expect(reports.map((r) => r.entities)).not.toEqual(expected.map((r) => r.entities));
        expect(await snapshot(queued)).toEqual(await snapshot(alone));
      } finally {
        await Promise.all([queued.close(), alone.close()]);
      }
    },
    SLOW,
  );

  it(
    'should fail only the refused call of a group and keep the others',
    async () => {
      const [seed, ...rest] = articles();
      const bad = 4;
      const dir = join(root, `logged${n++}`);
      const sizes: number[] = [];
      const logged = withDocumentLog(
        countingGroups(await createEmbeddedStore({ dir, bufferPoolSize: 64 << 20 }), sizes),
        () => DocumentLog.open(dir),
      );
      const queued = withIngestQueue(logged);
      const alone = await openEmbedded();
      try {
        await queued.ingest(seed.result, seed.texts);
        await alone.ingest(seed.result, seed.texts);
        const parts = rest.map((a, i) => (i === bad ? retyped(a) : a));
        const settled = await Promise.allSettled(
          parts.map((a) => queued.ingest(a.result, a.texts)),
        );
        expect(settled.map((s) => s.status)).toEqual(
          parts.map((_, i) => (i === bad ? 'rejected' : 'fulfilled')),
        );
        expect((settled[bad] as PromiseRejectedResult).reason).toBeInstanceOf(StoreInputError);
        for (const [i, a] of rest.entries()) if (i !== bad) await alone.ingest(a.result, a.texts);
        expect(await snapshot(queued)).toEqual(await snapshot(alone));
        const live = readLiveDocuments(join(dir, 'documents.log.jsonl')).documents.map((d) => d.id);
        expect(live.sort()).toEqual(
          [seed, ...rest.filter((_, i) => i !== bad)].map((a) => a.texts[0].id).sort(),
        );
      } finally {
        await Promise.all([queued.close(), alone.close()]);
      }
    },
    SLOW,
  );
});

/** A store that records what it is asked, in order, and answers at once. */
function recorder(events: string[], groups: number[][]): GroupingStore {
  const report = (p: IngestPart): IngestReport => ({
    documents: p.result.documents.length,
    unchanged: 0,
    replaced: 0,
    entities: 0,
    relations: p.result.relations.length,
    evidence: 0,
  });
  return {
    ingestGroup: async (parts: IngestPart[]) => {
      groups.push(parts.map((p) => p.result.relations.length));
      events.push(`group ${parts.map((p) => p.texts[0]?.id).join(',')}`);
      return parts.map((p) => ({ ok: true as const, report: report(p) }));
    },
    deleteDocument: async (id: string) => (events.push(`delete ${id}`), true),
    close: async () => void events.push('close'),
  } as unknown as GroupingStore;
}

const call = (store: GraphStore, id: string, relations: number) =>
  store.ingest(
    {
      documents: [{ id }],
      entities: [],
      relations: Array.from({ length: relations }, () => ({})),
    } as never,
    [{ id, text: id }],
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('withIngestQueue grouping', () => {
  it.each([
    ['closes a group at maxRelations', { maxRelations: 7 }, [0, 0, 0, 0, 0], [[3, 3], [3, 3], [3]]],
    ['takes one call bigger than maxRelations alone', { maxRelations: 2 }, [0, 0], [[3], [3]]],
    ['waits maxDelayMs for later calls', { maxDelayMs: 2000 }, [0, 20, 40], [[3, 3, 3]]],
    ['commits at once without a delay', { maxDelayMs: 0 }, [0, 30, 60], [[3], [3], [3]]],
  ])('%s', async (_, options, delays, expected) => {
    const groups: number[][] = [];
    const store = withIngestQueue(recorder([], groups), options);
    const calls: Array<Promise<IngestReport>> = [];
    for (const [i, d] of delays.entries()) {
      if (d) await sleep(d - (delays[i - 1] ?? 0));
      calls.push(call(store, `d${i}`, 3));
    }
    const reports = await Promise.all(calls);
    expect(reports.map((r) => r.relations)).toEqual(delays.map(() => 3));
    expect(groups).toEqual(expected);
  });

  it('should run deleteDocument and close after the calls queued before them', async () => {
    const events: string[] = [];
    const store = withIngestQueue(recorder(events, []), { maxDelayMs: 1000 });
    const a = call(store, 'a', 1);
    const b = call(store, 'b', 1);
    await store.deleteDocument('a');
    const c = call(store, 'c', 1);
    await store.close();
    await Promise.all([a, b, c]);
    expect(events).toEqual(['group a,b', 'delete a', 'group c', 'close']);
  });

  it('should reject every call of a group whose store fails as a whole', async () => {
    const boom = new Error('disk full');
    const store = withIngestQueue({
      ...recorder([], []),
      ingestGroup: () => Promise.reject(boom),
    } as GroupingStore);
    const settled = await Promise.allSettled([call(store, 'a', 1), call(store, 'b', 1)]);
    expect(settled).toEqual([
      { status: 'rejected', reason: boom },
      { status: 'rejected', reason: boom },
    ]);
  });

  it('should refuse a maxRelations below 1', () => {
    expect(() => withIngestQueue(recorder([], []), { maxRelations: 0 })).toThrow(StoreInputError);
  });
});
