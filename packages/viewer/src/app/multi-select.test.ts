import { describe, expect, it } from 'vitest';
import { createMultiSelection, defaultSurvivor } from './multi-select';

describe('multi-select', () => {
  it('should toggle, keep pick order, retain and clear, telling each change once', () => {
    let changes = 0;
    const s = createMultiSelection(() => changes++);
    expect(s.toggle('a')).toBe(true);
    s.add('b');
    s.add('b');
    s.toggle('c');
    expect(s.list()).toEqual(['a', 'b', 'c']);
    expect(s.toggle('a')).toBe(false);
    expect(s.list()).toEqual(['b', 'c']);
    s.retain((id) => id !== 'c');
    expect(s.list()).toEqual(['b']);
    expect(s.has('b') && !s.has('c')).toBe(true);
    s.clear();
    s.clear();
    expect(s.size).toBe(0);
    expect(changes).toBe(6);
  });

  it.each([
    [['a', 'b', 'c'], { a: 1, b: 5, c: 5 }, 'b'],
    [['a', 'b'], { a: 0, b: 0 }, 'a'],
    [[], {}, undefined],
  ])('should pick the best-connected survivor of %j', (ids, deg, want) => {
    expect(defaultSurvivor(ids, (id) => (deg as Record<string, number>)[id] ?? 0)).toBe(want);
  });
});
