import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet } from './share';

describe('share', () => {
  describe('#embedUrl', () => {
    it.each([
      ['http://h:1/?focus=BLR', 'http://h:1/embed?focus=BLR'],
      ['http://h:1/index.html?depth=2', 'http://h:1/embed?depth=2'],
      ['http://h:1/kg/?focus=RUS', 'http://h:1/kg/embed?focus=RUS'],
    ])('should turn %s into %s', (page, expected) => {
      expect(embedUrl(page)).toBe(expected);
    });
  });

  describe('#iframeSnippet', () => {
    it('should escape attribute values', () => {
      const s = iframeSnippet('http://h/embed?title="x"&a=<b>', '100%', '600');
      expect(s).toContain('src="http://h/embed?title=&quot;x&quot;&amp;a=&lt;b>"');
      expect(s).toContain('width="100%"');
      expect(s.startsWith('<iframe ')).toBe(true);
    });
  });
});
