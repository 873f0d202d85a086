import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractorError } from '../../errors';
import { intake } from './intake';
import { readHeader } from './header';
import { stripMarkdown } from './strip-markup';

describe('intake', () => {
  describe('#readHeader', () => {
    it.each([
      [' date 2022-04-07 Belarus President said.', '2022-04-07', 'Belarus President said.'],
      ['date: April 7, 2022\nText here.', '2022-04-07', 'Text here.'],
      ['---\ntitle: T\ndate: 2021-05-06\nsource: Wire\n---\nBody.', '2021-05-06', 'Body.'],
      ['MOSCOW, March 21, 2022 (Reuters) - Russia said.', '2022-03-21', 'Russia said.'],
      ['BEIJING/WASHINGTON, May 13, 2019 (Reuters) - China said.', '2019-05-13', 'China said.'],
      ['Date palms grow in Iraq.', undefined, 'Date palms grow in Iraq.'],
    ])('should read %j', (text, date, body) => {
      const h = readHeader(text);
      expect(h.date).toBe(date);
      expect(text.slice(h.bodyStart)).toBe(body);
    });

    it('should resolve a dateline without year against the fallback date', () => {
      const h = readHeader('KYIV, Feb. 24 (AP) — Explosions were heard.', '2022-03-01');
      expect(h).toMatchObject({ date: '2022-02-24', source: 'AP' });
    });
  });

  describe('#stripMarkdown', () => {
    it('should keep link text and drop emphasis and heading markers', () => {
      expect(stripMarkdown('# Head\n\nThe **EU** [sanctioned](http://x) _Russia_.').text).toBe(
        'Head\n\nThe EU sanctioned Russia.',
      );
    });
  });

  describe('#intake', () => {
    it('should keep the text as given and hash it for an id', () => {
      const doc = intake({ text: ' date 2022-04-07 Russia.' });
      expect(doc).toMatchObject({
        text: ' date 2022-04-07 Russia.',
        date: '2022-04-07',
        bodyStart: 17,
      });
      expect(doc.id).toMatch(/^[0-9a-f]{16}$/);
    });

    it('should prefer the given date and fall back to the reference date', () => {
      expect(intake({ text: 'date 2022-04-07 X', date: '2020-01-02' }).date).toBe('2020-01-02');
      expect(intake({ text: 'No date.' }, '2019-09-09').date).toBe('2019-09-09');
    });

    it('should throw an ExtractorError naming the origin for a bad date', () => {
      expect(() => intake({ text: 'x', date: 'soon', origin: 'f.txt:3' })).toThrow(ExtractorError);
      expect(() => intake({ text: 'x', date: 'soon', origin: 'f.txt:3' })).toThrow(
        /^@kg\/extractor\/intake: f\.txt:3/,
      );
    });

    it('should index HTML documents by their plain text', () => {
      const doc = intake({ text: '<p>Russia &amp; Ukraine</p>', format: 'html' });
      expect(doc.text).toBe('Russia & Ukraine');
    });

    it('should give a web page its headline, publication date and site name', () => {
      const page = readFileSync(new URL('../../reader/fixtures/news-page.html', import.meta.url));
      const doc = intake({ text: page.toString('utf8'), format: 'html' }, '2000-01-01');
      expect(doc).toMatchObject({
        title: 'Turkish, Russian and Ukrainian ministers meet in Istanbul over grain exports',
        date: '2022-07-13',
        source: 'The Harbour Times',
      });
      expect(doc.text).toMatch(/^ISTANBUL — Defence officials/);
    });

    it('should refuse a long text that is clearly not English, naming the language', () => {
      const french =
        'Le président de la République a rencontré hier à Paris le chancelier allemand pour ' +
        'discuter de la guerre en Ukraine et des sanctions contre la Russie. Les deux dirigeants ' +
        'ont appelé à un cessez-le-feu immédiat et à la reprise des négociations de paix.';
      expect(() => intake({ text: french })).toThrow(/in French \(fra\), not English: skipped/);
    });
  });
});
