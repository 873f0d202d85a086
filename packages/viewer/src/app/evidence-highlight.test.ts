import { describe, expect, it } from 'vitest';
import { highlightSegments } from './evidence-highlight';

const text = 'The EU imposed sanctions on Belarus.';

describe('evidence-highlight', () => {
  describe('#highlightSegments', () => {
    it('should split a sentence at document-offset highlights', () => {
      const segments = highlightSegments({
        start: 100,
        end: 100 + text.length,
        text,
        highlights: [
          { start: 104, end: 106, role: 'source' },
          { start: 107, end: 114, role: 'trigger' },
          { start: 128, end: 135, role: 'target' },
        ],
      });
      expect(segments).toEqual([
        { text: 'The ' },
        { text: 'EU', role: 'source' },
        { text: ' ' },
        { text: 'imposed', role: 'trigger' },
        { text: ' sanctions on ' },
        { text: 'Belarus', role: 'target' },
        { text: '.' },
      ]);
    });

    it('should accept sentence-relative highlights', () => {
      const segments = highlightSegments({
        start: 500,
        end: 500 + text.length,
        text,
        highlights: [{ start: 28, end: 35, role: 'target' }],
      });
      expect(segments.find((s) => s.role)).toEqual({ text: 'Belarus', role: 'target' });
    });

    it('should keep every character exactly once when highlights overlap', () => {
      const segments = highlightSegments({
        start: 0,
        end: text.length,
        text,
        highlights: [
          { start: 4, end: 14, role: 'source' },
          { start: 7, end: 24, role: 'trigger' },
        ],
      });
      expect(segments.map((s) => s.text).join('')).toBe(text);
      expect(segments.filter((s) => s.role).map((s) => s.role)).toEqual(['source', 'trigger']);
    });

    it('should return the whole text when there are no usable highlights', () => {
      const segments = highlightSegments({
        start: 0,
        end: text.length,
        text,
        highlights: [{ start: 90, end: 95, role: 'source' }],
      });
      expect(segments).toEqual([{ text }]);
    });

    it('should keep markup-like text as plain text segments', () => {
      const evil = '<img src=x onerror=alert(1)> met officials.';
      const segments = highlightSegments({
        start: 0,
        end: evil.length,
        text: evil,
        highlights: [{ start: 0, end: 28, role: 'source' }],
      });
      expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)>', role: 'source' });
    });
  });
});
