import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from './feed';
import { publicationDate } from './publication-date';
import { readContent } from './read-content';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('feed', () => {
  describe('#parseFeed', () => {
    it('should turn RSS 2.0 items into documents with link, date, title and the feed as source', () => {
      const feed = parseFeed(fixture('world-news.rss'), 'world.rss');
      expect(feed.title).toBe('Harbour Times & Wire: World');
      expect(feed.inputs).toEqual([
        {
          id: 'https://news.example.org/world/eu-sanctions',
          title: 'EU adopts new sanctions on Russia',
          date: '2022-04-08',
          source: 'Harbour Times & Wire: World',
          format: 'text',
          origin: 'world.rss item 1 (https://news.example.org/world/eu-sanctions)',
          text:
            'The European Union adopted a fifth package of sanctions against Russia on Friday, ' +
            'including a ban on coal imports.\n\nUrsula von der Leyen said the measures would “hit hard”.',
        },
        expect.objectContaining({
          id: 'https://news.example.org/world/istanbul-talks',
          date: '2022-03-29',
          text: 'Russian and Ukrainian negotiators met in Istanbul on Tuesday.',
        }),
      ]);
      expect(feed.failures).toEqual([
        {
          origin: 'world.rss item 3 (https://news.example.org/world/empty)',
          message: expect.stringMatching(/item has no content:encoded, content, description/),
        },
      ]);
    });

    it('should read Atom entries: alternate link, published date, html content or summary', () => {
      const feed = parseFeed(fixture('world-news.atom'), 'wire.atom');
      expect(feed.inputs).toEqual([
        expect.objectContaining({
          id: 'https://atom.example.org/china-india',
          title: 'China & India hold border talks',
          date: '2022-05-01',
          source: 'Atom Wire',
          text: 'China and India held a new round of military talks on their disputed border.',
        }),
        expect.objectContaining({
          id: 'https://atom.example.org/summary',
          date: '2022-05-02',
          text: 'Japan and South Korea agreed to resume regular summits.',
        }),
        expect.objectContaining({
          id: 'https://atom.example.org/xhtml',
          text: 'Kenya and Ethiopia signed a trade deal.\n\nTalks go on.',
        }),
      ]);
      expect(feed.failures).toEqual([]);
    });

    it.each([
      ['<rss><channel><title>x</channel></rss>', /not well-formed XML/],
      ['<opml version="2.0"><body/></opml>', /not an RSS\/Atom feed/],
    ])('should refuse %j', (xml, message) => {
      expect(() => parseFeed(xml, 'f.xml')).toThrow(message);
    });
  });

  describe('#looksLikeFeed', () => {
    it.each([
      [fixture('world-news.rss'), true],
      [fixture('world-news.atom'), true],
      ['<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>', true],
      ['<!DOCTYPE html><html><body>rss</body></html>', false],
      ['The <rss> element is a feed.', false],
    ])('should judge %#', (text, expected) => {
      expect(looksLikeFeed(text)).toBe(expected);
    });
  });

  describe('#readContent', () => {
    it.each([
      ['a feed saved as .txt', fixture('world-news.rss'), 'text', 2, 1],
      ['an HTML page saved as .txt', '<!DOCTYPE html><html><body>Hi</body></html>', 'text', 1, 0],
      ['plain text said to be a feed', 'Just words.', 'feed', 0, 1],
      ['a feed with no items', '<rss><channel><title>t</title></channel></rss>', 'feed', 0, 1],
    ] as const)('should read %s by its content', (_name, text, hint, inputs, failures) => {
      const read = readContent(text, 'x', hint);
      expect([read.inputs.length, read.failures.length]).toEqual([inputs, failures]);
    });

    it('should mark a page saved as .txt as html', () => {
      const read = readContent('<html><body><p>Hi</p></body></html>', 'x', 'text');
      expect(read.inputs[0]?.format).toBe('html');
    });
  });

  describe('#publicationDate', () => {
    it.each([
      ['2022-07-13T01:00:00+03:00', '2022-07-13'],
      ['Wed, 13 Jul 2022 23:15:00 -0500', '2022-07-14'],
      ['Fri, 08 Apr 2022 21:30:00 GMT', '2022-04-08'],
      ['sometime', undefined],
      [undefined, undefined],
    ])('should read %j as %j', (value, date) => {
      expect(publicationDate(value)).toBe(date);
    });
  });
});
