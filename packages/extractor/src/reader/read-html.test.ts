import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';
import { readHtml } from './read-html';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A page with the given <head> and an article long enough for Readability. */
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${body}` +
  '<p>The foreign ministers of France and Germany met in Berlin on Tuesday to discuss new ' +
  'sanctions against Russia, officials said after the talks ended late in the evening.</p>' +
  '<p>Both governments said they would present a joint proposal to the European Union next ' +
  'week, including measures on energy imports and on frozen central bank assets.</p>' +
  '</article><footer>Copyright notice</footer></body></html>';

describe('reader', () => {
  describe('#readHtml', () => {
    const news = readHtml(fixture('news-page.html'));

    it('should keep the article body and drop the site chrome', () => {
      expect(news.text).toMatch(/^ISTANBUL — Defence officials from Turkey, Russia and Ukraine/);
      expect(news.text).toContain('Secretary-General António Guterres called the meeting');
      expect(news.text).toContain('Food security experts warned');
      for (const chrome of [
        'cookies',
        'Subscribe today',
        'Most read',
        'Related stories',
        'harbourfan77',
        'believe it when I see',
        'Newsletter',
        'All rights reserved',
        'Share on Facebook',
        'window.analytics',
      ]) {
        expect(news.text).not.toContain(chrome);
      }
    });

    it('should keep paragraphs apart and decode entities', () => {
      expect(news.text).toContain('the Turkish defence ministry said.\n\nThe talks');
      expect(news.text).toContain('“technical issues”');
    });

    it('should read the metadata, JSON-LD first', () => {
      expect(news).toMatchObject({
        title: 'Turkish, Russian and Ukrainian ministers meet in Istanbul over grain exports',
        published: '2022-07-13T08:15:00+03:00',
        byline: 'Ayşe Demir, John Hale',
        siteName: 'The Harbour Times',
        lang: 'en',
      });
    });

    it.each([
      [
        'OpenGraph when there is no JSON-LD',
        page(
          '<title>Talks | Site</title><meta property="og:title" content="OG headline">' +
            '<meta property="og:site_name" content="OG Site">' +
            '<meta property="article:published_time" content="2021-03-04T10:00:00Z">' +
            '<meta name="author" content="Meta Writer">',
          '<time datetime="2020-01-01">1 Jan</time>',
        ),
        {
          title: 'OG headline',
          siteName: 'OG Site',
          published: '2021-03-04T10:00:00Z',
          byline: 'Meta Writer',
        },
      ],
      [
        '<time datetime> when no meta gives a date',
        page(
          '<title>Plain page</title>',
          '<h1>Plain page</h1><time datetime="2020-05-06T08:00">6 May</time>',
        ),
        { title: 'Plain page', published: '2020-05-06T08:00' },
      ],
      [
        'a broken JSON-LD block is ignored',
        page(
          '<script type="application/ld+json">{"@type": "NewsArticle", </script>' +
            '<meta property="og:title" content="Still read">',
        ),
        { title: 'Still read' },
      ],
      [
        'a bare Article JSON-LD with a string author and publisher',
        page(
          '<script type="application/ld+json">[{"@type":"Article","headline":"LD head",' +
            '"author":"Ann Lee","publisher":"Wire Co","datePublished":"2019-09-09"}]</script>',
        ),
        { title: 'LD head', byline: 'Ann Lee', siteName: 'Wire Co', published: '2019-09-09' },
      ],
    ])('should read %s', (_name, html, expected) => {
      expect(readHtml(html)).toMatchObject(expected);
    });

    it('should fall back to all body text when Readability finds no article', () => {
      expect(readHtml('<p>Russia &amp; Ukraine</p>').text).toBe('Russia & Ukraine');
    });
  });

  describe('#htmlToText', () => {
    it.each([
      ['<p>Caf&eacute; &#8220;talks&#8221;</p><p>Two</p>', 'Café “talks”\n\nTwo'],
      ['a<br>b<script>x=1</script><style>p{}</style>', 'a\n\nb'],
      ['<ul><li>one</li><li>two &amp; three</li></ul>', 'one\n\ntwo & three'],
      ['  spaced\n\n\n   out  &nbsp; ', 'spaced out'],
    ])('should turn %j into %j', (html, text) => {
      expect(htmlToText(html)).toBe(text);
    });
  });
});
