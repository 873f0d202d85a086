import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentContentHash } from './content-hash';
import { DocumentLog, documentLogPath, readLiveDocuments } from './document-log';
import { scanDocumentLog } from './read-log';

const root = mkdtempSync(join(tmpdir(), 'kg-doclog-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fresh = (): string => mkdtempSync(join(root, 'd-'));

const doc = (id: string, text = `Text of ${id}.`, date?: string) => ({
  id,
  text,
  title: `Title ${id}`,
  ...(date ? { date } : {}),
});
const lines = (dir: string): string[] =>
  readFileSync(documentLogPath(dir), 'utf8').split('\n').filter(Boolean);

describe('document-log', () => {
  describe('#append', () => {
    it('should write one validated JSON line per new document, with its content hash', () => {
      const dir = fresh();
      const log = DocumentLog.open(dir);
      expect(log.append([doc('a', 'Alpha.', '2024-01-02'), doc('b')]).ids).toHaveLength(2);
      expect(log.append([doc('c')]).ids).toHaveLength(1);
      log.close();
      const [first, second, third] = lines(dir).map(
        (l) => JSON.parse(l) as Record<string, unknown>,
      );
      // one call, one batch: a rebuild extracts them together again
      expect(first.batch).toBe(second.batch);
      expect(third.batch).not.toBe(first.batch);
      expect(first).toMatchObject({ v: 1, op: 'put', id: 'a', text: 'Alpha.', date: '2024-01-02' });
      expect(first.hash).toBe(documentContentHash(doc('a', 'Alpha.', '2024-01-02')));
      expect(readLiveDocuments(documentLogPath(dir)).documents.map((d) => d.id)).toEqual([
        'a',
        'b',
        'c',
      ]);
    });

    it.each([
      ['the same document again', [doc('a')], 0],
      ['a changed text', [doc('a', 'New text.')], 1],
      ['a changed date', [doc('a', undefined, '2020-05-05')], 1],
      ['a duplicate inside one call', [doc('c'), doc('c')], 1],
    ])('should be idempotent by content: %s appends %i line(s)', (_what, docs, appended) => {
      const dir = fresh();
      const log = DocumentLog.open(dir);
      log.append([doc('a')]);
      log.close();
      // reopened: the hashes come from scanning the file
      const again = DocumentLog.open(dir);
      expect(again.append(docs).ids).toHaveLength(appended);
      again.close();
      expect(lines(dir)).toHaveLength(1 + appended);
    });
  });

  describe('#delete', () => {
    it('should log a deletion, drop the document from the live set, and let it come back', () => {
      const dir = fresh();
      const log = DocumentLog.open(dir);
      log.append([doc('a'), doc('b')]);
      expect(log.delete('a').ids).toEqual(['a']);
      expect(log.delete('zzz').ids).toEqual([]);
      expect(readLiveDocuments(documentLogPath(dir)).documents.map((d) => d.id)).toEqual(['b']);
      expect(log.append([doc('a')]).ids).toHaveLength(1);
      log.close();
      const live = readLiveDocuments(documentLogPath(dir));
      expect(live.documents.map((d) => d.id)).toEqual(['b', 'a']);
      expect(live.entries).toBe(4);
    });
  });

  describe('#abort', () => {
    it('should take back a batch the store did not commit, in the log and on reopening', () => {
      const dir = fresh();
      const log = DocumentLog.open(dir);
      log.append([doc('a'), doc('b')]);
      const failed = log.append([doc('a', 'Edited.'), doc('c')]);
      expect(failed.ids).toEqual(['a', 'c']);
      log.abort(failed, 'entity "x" is stored as Person');
      // back to the version before: the edit can be logged again
      expect(log.hashOf('a')).toBe(documentContentHash(doc('a')));
      expect(log.hashOf('c')).toBeUndefined();
      const deleted = log.delete('b');
      log.abort(deleted, 'store unavailable');
      expect(log.hashOf('b')).toBe(documentContentHash(doc('b')));
      log.close();
      const read = readLiveDocuments(documentLogPath(dir));
      expect(read.documents.map((d) => [d.id, d.text])).toEqual([
        ['a', 'Text of a.'],
        ['b', 'Text of b.'],
      ]);
      const again = DocumentLog.open(dir);
      expect(again.size).toBe(2);
      expect(again.append([doc('a', 'Edited.')]).ids).toEqual(['a']);
      again.close();
      expect(lines(dir).at(-2)).toMatch(/"op":"abort".*"reason":"store unavailable"/);
    });
  });

  describe('torn and invalid lines', () => {
    it('should ignore a torn last line with a warning, and cut it off before appending', () => {
      const dir = fresh();
      const log = DocumentLog.open(dir);
      log.append([doc('a')]);
      log.close();
      const path = documentLogPath(dir);
      appendFileSync(path, '{"v":1,"op":"put","id":"b","hash":"sha');
      const read = readLiveDocuments(path);
      expect(read.documents.map((d) => d.id)).toEqual(['a']);
      expect(read.warnings.join()).toMatch(/:2: last line is incomplete .*ignored/);
      const again = DocumentLog.open(dir);
      expect(again.warnings).toHaveLength(1);
      expect(again.append([doc('b')]).ids).toHaveLength(1);
      again.close();
      expect(lines(dir).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
      expect(readLiveDocuments(path).warnings).toEqual([]);
    });

    it.each([
      ['not JSON', 'garbage', /:2: not JSON/],
      [
        'a wrong field',
        '{"v":1,"op":"put","id":"x","hash":"md5:1","ingestedAt":"2024-01-01T00:00:00Z","batch":"b","text":"t"}',
        /:2: not a document log entry at hash/,
      ],
      ['an unknown op', '{"v":1,"op":"merge","id":"x"}', /:2: not a document log entry at op/],
      [
        'a future version',
        '{"v":2,"op":"delete","id":"x","deletedAt":"2024-01-01T00:00:00Z"}',
        /:2: not a document log entry at v/,
      ],
    ])('should skip a complete line that is %s, naming it, and read on', (_what, bad, warning) => {
      const dir = fresh();
      const path = documentLogPath(dir);
      const log = DocumentLog.open(dir);
      log.append([doc('a')]);
      appendFileSync(path, `${bad}\n`);
      log.append([doc('b')]);
      log.close();
      const read = readLiveDocuments(path);
      expect(read.documents.map((d) => d.id)).toEqual(['a', 'b']);
      expect(read.warnings).toHaveLength(1);
      expect(read.warnings[0]).toMatch(warning);
    });

    it('should read lines longer than its read chunk, and a missing file as empty', () => {
      const dir = fresh();
      const long = 'x'.repeat(3 * 1024 * 1024);
      const log = DocumentLog.open(dir);
      log.append([doc('big', long), doc('small')]);
      log.close();
      const read = readLiveDocuments(documentLogPath(dir));
      expect(read.documents.map((d) => d.text.length)).toEqual([
        long.length,
        'Text of small.'.length,
      ]);
      expect(scanDocumentLog(join(dir, 'none.jsonl'), () => {})).toMatchObject({ warnings: [] });
      writeFileSync(join(dir, 'blank.jsonl'), '\n\n');
      expect(scanDocumentLog(join(dir, 'blank.jsonl'), () => {}).warnings).toEqual([]);
    });
  });
});
