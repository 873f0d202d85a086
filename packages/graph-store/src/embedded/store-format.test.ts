import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IncompatibleStoreError } from '../errors';
import { createEmbeddedStore } from './embedded-store';
import { engine, type EngineName } from './engine';
import { checkStoreFormat, readStoreFormat } from './store-format';

const root = mkdtempSync(join(tmpdir(), 'kg-store-format-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A file that starts like a database file of `magic` with `version` (the rest is padding). */
function header(name: string, magic: string, version: number): string {
  const buf = Buffer.alloc(4096);
  buf.write(magic, 0, 'latin1');
  buf.writeBigUInt64LE(BigInt(version), 4);
  const path = join(root, name);
  writeFileSync(path, buf);
  return path;
}

describe('embedded/store-format', () => {
  describe('readStoreFormat', () => {
    it.each([
      ['KUZU', 39, { engine: 'kuzu', storageVersion: 39 }],
      ['LBUG', 43, { engine: 'ladybug', storageVersion: 43 }],
      ['XXXX', 1, undefined],
    ])('should read %s v%i', (magic, version, expected) => {
      expect(readStoreFormat(header(`${magic}-${version}`, magic, version))).toEqual(expected);
    });

    it('should say nothing of a missing or short file', () => {
      expect(readStoreFormat(join(root, 'missing'))).toBeUndefined();
      writeFileSync(join(root, 'short'), 'KU');
      expect(readStoreFormat(join(root, 'short'))).toBeUndefined();
    });
  });

  describe('checkStoreFormat', () => {
    it.each<[string, EngineName, boolean]>([
      ['KUZU', 'ladybug', true],
      ['LBUG', 'kuzu', true],
      ['KUZU', 'kuzu', false],
      ['LBUG', 'ladybug', false],
    ])('should refuse a %s file for %s: %s', (magic, engineName, refused) => {
      const path = header(`check-${magic}`, magic, 39);
      const check = () => checkStoreFormat(path, engineName);
      if (refused) expect(check).toThrow(IncompatibleStoreError);
      else expect(check).not.toThrow();
    });

    it('should name the rebuild command', () => {
      const path = header('named', 'KUZU', 39);
      expect(() => checkStoreFormat(path, 'ladybug')).toThrow(
        /written by Kùzu 0\.11 \(storage version 39\).*rebuild it with `kg repair`/,
      );
    });
  });

  describe('createEmbeddedStore', () => {
    it('should refuse a store written by the other engine before the engine opens it', async () => {
      const other = engine().name === 'kuzu' ? 'LBUG' : 'KUZU';
      const dir = join(root, 'store');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      const buf = Buffer.alloc(4096);
      buf.write(other, 0, 'latin1');
      writeFileSync(join(dir, 'graph.kuzu'), buf);
      await expect(createEmbeddedStore({ dir })).rejects.toBeInstanceOf(IncompatibleStoreError);
    });

    it("should open its own engine's store again", async () => {
      const dir = join(root, 'own');
      const store = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
      await store.close();
      expect(readStoreFormat(join(dir, 'graph.kuzu'))?.engine).toBe(engine().name);
      const again = await createEmbeddedStore({ dir, bufferPoolSize: 64 * 1024 * 1024 });
      await again.close();
    });
  });
});
