import { describe, expect, it } from 'vitest';
import { placeLabel, type LabelBox } from './label-placement';

const TEXT = { width: 60, height: 12 };

describe('placeLabel', () => {
  it('puts a label right of its node when there is room', () => {
    const p = placeLabel({ x: 100, y: 50, size: 5 }, TEXT, 800, [], false);
    expect(p).toMatchObject({ x: 108, align: 'left' });
  });

  it('puts it left of the node near the right edge, so it is not clipped', () => {
    const p = placeLabel({ x: 780, y: 50, size: 5 }, TEXT, 800, [], false);
    expect(p).toMatchObject({ x: 772, align: 'right', box: { x: 712 } });
  });

  it('moves to the left side when the right side covers a drawn label', () => {
    const placed: LabelBox[] = [{ x: 110, y: 40, w: 50, h: 12 }];
    const p = placeLabel({ x: 100, y: 50, size: 5 }, TEXT, 800, placed, false);
    expect(p?.align).toBe('right');
    expect(placed).toHaveLength(2);
  });

  it('drops a label that collides on both sides, unless it is forced', () => {
    const walls = (): LabelBox[] => [
      { x: 110, y: 40, w: 50, h: 12 },
      { x: 20, y: 40, w: 60, h: 12 },
    ];
    expect(placeLabel({ x: 100, y: 50, size: 5 }, TEXT, 800, walls(), false)).toBeNull();
    expect(placeLabel({ x: 100, y: 50, size: 5 }, TEXT, 800, walls(), true)).not.toBeNull();
  });

  it('keeps labels on other rows', () => {
    const placed: LabelBox[] = [{ x: 108, y: 20, w: 60, h: 12 }];
    expect(placeLabel({ x: 100, y: 50, size: 5 }, TEXT, 800, placed, false)?.align).toBe('left');
  });
});
