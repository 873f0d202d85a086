import { describe, expect, it } from 'vitest';
import { describeIngest, formatOf } from './add-articles';

describe('add-articles', () => {
  describe('#formatOf', () => {
    it.each([
      ['a.txt', 'text'],
      ['notes.MD', 'markdown'],
      ['page.html', 'html'],
      ['page.htm', 'html'],
      ['report.pdf', undefined],
      ['noext', undefined],
    ])('should read %s as %s', (name, format) => {
      expect(formatOf(name)).toBe(format);
    });
  });

  describe('#describeIngest', () => {
    const report = (documents: number, unchanged: number, relations: number) => ({
      documents,
      unchanged,
      relations,
    });
    it.each([
      [report(2, 0, 14), [], '2 documents, 14 relations added'],
      [report(1, 0, 1), [], '1 document, 1 relation added'],
      [report(2, 1, 3), [], '1 document, 3 relations added (1 unchanged)'],
      [
        report(1, 0, 0),
        [{ origin: 'document 2', message: 'empty document' }],
        '1 document, 0 relations added\nNot added: document 2: empty document',
      ],
    ])('should describe %j', (r, failures, text) => {
      expect(describeIngest({ documents: [], failures, report: r })).toBe(text);
    });
  });
});
