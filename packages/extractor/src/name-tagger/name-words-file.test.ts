import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_NAME_WORDS, loadNameWords } from './name-words-file';

const dir = mkdtempSync(join(tmpdir(), 'name-words-'));
const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const valid = {
  format: 'kg-name-words',
  version: 1,
  about: 'test',
  sources: [],
  classes: { firstName: ['anna'], lastName: [], place: [], organization: [], orgWord: [] },
};

describe('name-words-file', () => {
  describe('#loadNameWords', () => {
    it('should read the classes of a valid file', () => {
      expect(loadNameWords(write('ok.json', valid)).firstName).toEqual(['anna']);
    });

    it('should give empty classes when the file is missing', () => {
      expect(loadNameWords(join(dir, 'none.json'))).toBe(NO_NAME_WORDS);
    });

    it.each([
      ['bad.json', '{not json'],
      ['space.json', { ...valid, classes: { ...valid.classes, place: ['new york'] } }],
      ['format.json', { ...valid, format: 'other' }],
    ])('should name the file and how to fix it for %s', (name, content) => {
      const file = write(name, content);
      expect(() => loadNameWords(file)).toThrow(
        new RegExp(`name word classes ${file}[\\s\\S]*build-name-words`),
      );
    });

    it('should load the committed file with every class filled', () => {
      const words = loadNameWords();
      for (const list of Object.values(words)) expect(list.length).toBeGreaterThan(100);
    });
  });
});
