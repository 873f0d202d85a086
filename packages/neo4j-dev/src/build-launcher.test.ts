import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherSourceHash, SERVER_PROJECT_DIR } from './build-launcher';

describe('build-launcher', () => {
  describe('#launcherSourceHash', () => {
    it('should change when the pom or the Java class changes, and only then', () => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-launcher-'));
      try {
        cpSync(join(SERVER_PROJECT_DIR, 'pom.xml'), join(dir, 'pom.xml'));
        cpSync(join(SERVER_PROJECT_DIR, 'src'), join(dir, 'src'), { recursive: true });
        const before = launcherSourceHash(dir);
        expect(launcherSourceHash(dir)).toBe(before);
        writeFileSync(join(dir, 'pom.xml'), '<project/>');
        expect(launcherSourceHash(dir)).not.toBe(before);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
