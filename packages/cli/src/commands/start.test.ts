import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusPaths } from './start';

describe('start', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kg-start-'));
    await mkdir(join(root, 'repo/data/articles'), { recursive: true });
    await mkdir(join(root, 'shared/corpus'), { recursive: true });
    await writeFile(join(root, 'shared/corpus/article.txt'), 'date 2022-01-01 text');
    await writeFile(join(root, 'shared/corpus/seed-gold.json'), '{}');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe('#defaultCorpusPaths', () => {
    it('should take the articles folder and the shared article files, not the gold annotations', () => {
      const paths = defaultCorpusPaths(join(root, 'repo'));
      expect(paths).toEqual([
        join(root, 'repo/data/articles'),
        join(root, 'shared/corpus/article.txt'),
      ]);
    });

    it('should leave out folders that do not exist', () => {
      expect(defaultCorpusPaths(join(root, 'shared/corpus/none'))).toEqual([]);
    });
  });
});
