import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentInput } from '@kg/extractor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolder } from './watch-folder';
import type { WatchSink } from './watch-sink';

/** A sink that records what it is given; a document's id is its text. */
function fakeSink() {
  const ingested: string[] = [];
  const deleted: string[] = [];
  const sink: WatchSink = {
    where: 'a fake',
    async ingest(inputs: DocumentInput[]) {
      const ids = inputs.map((d) => d.text.trim());
      ingested.push(...ids);
      const report = {
        documents: ids.length,
        unchanged: 0,
        replaced: 0,
        entities: 0,
        relations: 2,
        evidence: 0,
      };
      return { ids, report, failures: [] };
    },
    deleteDocument: async (id) => (deleted.push(id), true),
    close: async () => undefined,
  };
  return { sink, ingested, deleted };
}

const settle = () => new Promise((r) => setTimeout(r, 400));

describe('watch-folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-watch-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  describe('#watchFolder', () => {
    it('should ingest existing and new files, skip a same-content save, and keep removed documents without --delete', async () => {
      await writeFile(join(dir, 'old.txt'), 'old');
      await writeFile(join(dir, 'notes.pdf'), 'not an article');
      const { sink, ingested, deleted } = fakeSink();
      const lines: string[] = [];
      const w = watchFolder(dir, sink, {
        stableMs: 100,
        debounceMs: 50,
        log: (l) => lines.push(l),
      });
      await w.idle();
      expect(ingested).toEqual(['old']);
      await writeFile(join(dir, 'new.md'), 'new');
      await settle();
      await w.idle();
      await writeFile(join(dir, 'new.md'), 'new');
      await settle();
      await w.idle();
      await unlink(join(dir, 'old.txt'));
      await settle();
      const summary = await w.stop();
      expect(ingested).toEqual(['old', 'new']);
      expect(deleted).toEqual([]);
      expect(summary).toMatchObject({
        files: 2,
        removed: 1,
        documents: 2,
        relations: 4,
        deletedDocuments: 0,
      });
      expect(lines).toContain('removed: old.txt');
      expect(lines.some((l) => /kept: 1 document of the removed file.*--delete/.test(l))).toBe(
        true,
      );
    });

    it('should, with --delete and --new-only, delete the documents of removed and changed files', async () => {
      await writeFile(join(dir, 'there.txt'), 'there');
      const { sink, ingested, deleted } = fakeSink();
      const w = watchFolder(dir, sink, {
        newOnly: true,
        deleteRemoved: true,
        stableMs: 100,
        debounceMs: 50,
        log: () => undefined,
      });
      await w.idle();
      expect(ingested).toEqual([]);
      await writeFile(join(dir, 'a.txt'), 'first');
      await settle();
      await w.idle();
      await writeFile(join(dir, 'a.txt'), 'second');
      await settle();
      await w.idle();
      await unlink(join(dir, 'a.txt'));
      await settle();
      const summary = await w.stop();
      expect(ingested).toEqual(['first', 'second']);
      expect(deleted).toEqual(['first', 'second']);
      expect(summary.deletedDocuments).toBe(2);
    });
  });
});
