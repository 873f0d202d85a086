import { describe, expect, it } from 'vitest';
import * as g from './guard';

const Item = g.obj({ id: g.str(), n: g.withDefault(g.count, () => 0), tag: g.opt(g.str()) });
const List = g.arr(Item);

describe('guard', () => {
  describe('#obj', () => {
    it('should give a valid object back as it came (no copy)', () => {
      const v = { id: 'a', n: 1 };
      expect(Item(v)).toBe(v);
    });

    it.each([
      ['an unknown key is dropped', { id: 'a', n: 1, extra: true }, { id: 'a', n: 1 }],
      ['a default is filled in', { id: 'a' }, { id: 'a', n: 0 }],
    ])('should copy when %s', (_why, input, expected) => {
      const out = Item(input);
      expect(out).not.toBe(input);
      expect(out).toEqual(expected);
    });

    it('should reject an unknown key when strict, naming it', () => {
      const strict = g.obj({ id: g.str() }, true);
      expect(g.safeParse(strict, { id: 'a' })).toEqual({ success: true, data: { id: 'a' } });
      const res = g.safeParse(strict, { id: 'a', extra: 1 });
      expect(res.success).toBe(false);
      if (!res.success) expect(res.error.path).toBe('extra');
    });
  });

  describe('#arr', () => {
    it('should keep a valid array and rebuild only one with a changed item', () => {
      const ok = [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ];
      expect(List(ok)).toBe(ok);
      const mixed = [{ id: 'a', n: 1 }, { id: 'b' }, { id: 'c', n: 3 }];
      const out = List(mixed);
      expect(out).not.toBe(mixed);
      expect(out[0]).toBe(mixed[0]);
      expect(out[1]).toEqual({ id: 'b', n: 0 });
      expect(out[2]).toBe(mixed[2]);
    });

    it('should name the failing item', () => {
      const res = g.safeParse(List, [{ id: 'a', n: 1 }, { id: 2 }]);
      expect(res.success).toBe(false);
      if (!res.success) expect(res.error.path).toBe('1.id');
    });
  });

  describe('#rec', () => {
    it('should keep a valid record and copy one whose values change', () => {
      const Rec = g.rec(g.str(), Item);
      const ok = { x: { id: 'a', n: 1 } };
      expect(Rec(ok)).toBe(ok);
      const out = Rec({ x: { id: 'a' } });
      expect(out).toEqual({ x: { id: 'a', n: 0 } });
    });
  });

  describe('#tuple', () => {
    it('should keep a valid pair', () => {
      const pair: [number, number] = [1, 2];
      expect(g.tuple(g.num(), g.num())(pair)).toBe(pair);
    });
  });
});
