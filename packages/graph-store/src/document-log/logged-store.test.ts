import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphStore, IngestReport } from '../graph-store';
import { StoreInputError } from '../errors';
import { DocumentLog, documentLogPath, readLiveDocuments } from './document-log';
import { withDocumentLog } from './logged-store';

const root = mkdtempSync(join(tmpdir(), 'kg-logged-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const REPORT: IngestReport = {
  documents: 1,
  unchanged: 0,
  replaced: 0,
  entities: 0,
  relations: 0,
  evidence: 0,
};
const refuse = () => Promise.reject(new StoreInputError('test', 'entity "x" is stored as Person'));

/** A store whose writes succeed or fail as told; the log sees what it did before the store. */
function fakeStore(fail: boolean, seen: string[][], log: () => DocumentLog): GraphStore {
  const liveIds = () => readLiveDocuments(log().path).documents.map((d) => d.id);
  return {
    dialect: 'kuzu',
    ingest: () => (seen.push(liveIds()), fail ? refuse() : Promise.resolve(REPORT)),
    deleteDocument: () => (seen.push(liveIds()), fail ? refuse() : Promise.resolve(true)),
    close: () => Promise.resolve(),
  } as unknown as GraphStore;
}

const text = (id: string) => ({ id, text: `Text of ${id}.` });
const empty = { documents: [], entities: [], relations: [] };

describe('logged-store', () => {
  it.each([
    ['an ingest the store commits', false, ['a', 'b', 'c'], [['a', 'b', 'c']]],
    ['an ingest the store refuses', true, ['a', 'b'], [['a', 'b', 'c']]],
  ])('should log %s before it reaches the store', async (_what, fail, live, seen) => {
    const dir = mkdtempSync(join(root, 'd-'));
    const log = DocumentLog.open(dir);
    log.append([text('a'), text('b')]);
    const calls: string[][] = [];
    const store = withDocumentLog(
      fakeStore(fail, calls, () => log),
      () => log,
    );
    const done = store.ingest(empty, [text('c')]);
    if (fail) await expect(done).rejects.toThrow(StoreInputError);
    else await expect(done).resolves.toEqual(REPORT);
    expect(calls).toEqual(seen);
    await store.close();
    expect(readLiveDocuments(documentLogPath(dir)).documents.map((d) => d.id)).toEqual(live);
  });

  it.each([
    [false, ['b']],
    [true, ['a', 'b']],
  ])(
    'should log a deletion first and take it back when the store fails (%s)',
    async (fail, live) => {
      const dir = mkdtempSync(join(root, 'd-'));
      const log = DocumentLog.open(dir);
      log.append([text('a'), text('b')]);
      const calls: string[][] = [];
      const store = withDocumentLog(
        fakeStore(fail, calls, () => log),
        () => log,
      );
      const done = store.deleteDocument('a');
      if (fail) await expect(done).rejects.toThrow(/stored as Person/);
      else await expect(done).resolves.toBe(true);
      expect(calls).toEqual([['b']]);
      await store.close();
      expect(readLiveDocuments(documentLogPath(dir)).documents.map((d) => d.id)).toEqual(live);
    },
  );
});
