import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ARTICLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../data/articles');
const files = readdirSync(ARTICLES_DIR).filter((f) => /\.(txt|md)$/.test(f));

/** The date a header gives: `date X`, `date: X` on the first line, or in front-matter. */
function headerDate(text: string): string | undefined {
  const frontMatter = /^---\n[\s\S]*?^date:\s*(\d{4}-\d{2}-\d{2})\s*$[\s\S]*?^---$/m.exec(text);
  if (text.startsWith('---\n')) return frontMatter?.[1];
  return /^date:?\s+(\d{4}-\d{2}-\d{2})\s*$/m.exec(text.split('\n')[0])?.[1];
}

describe('sample-articles', () => {
  it('should hold at least 8 articles with varied header formats', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const firstLines = files.map((f) => readFileSync(join(ARTICLES_DIR, f), 'utf8').split('\n')[0]);
    expect(new Set(firstLines.map((l) => l.replace(/\d/g, '')))).toEqual(
      new Set(['date --', 'date: --', '---']),
    );
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(ARTICLES_DIR, file), 'utf8');

    it('should carry the date of its file name in its header', () => {
      expect(headerDate(text)).toBe(file.slice(0, 10));
    });

    it('should be 250-500 words long', () => {
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(500);
    });
  });
});
