import { describe, expect, it } from 'vitest';
import { coreBox, coreRatio } from './narrow-view';

describe('coreBox', () => {
  it('should leave the outliers out of the box', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ x: i % 10, y: Math.floor(i / 10) }));
    points.push({ x: 500, y: -400 }, { x: -300, y: 900 });
    const box = coreBox(points, 0.8);
    expect(box.maxX).toBeLessThan(10);
    expect(box.minX).toBeGreaterThanOrEqual(0);
    expect(box.minY).toBeGreaterThanOrEqual(0);
    expect(box.maxY).toBeLessThan(10);
  });
});

describe('coreRatio', () => {
  const box = (w: number, h: number) => ({ minX: 0, maxX: w, minY: 0, maxY: h });
  it.each([
    ['a small core zooms in to fill the band', box(171, 100), 390, 700, 0.5],
    ['a core as wide as the band stays fitted', box(400, 100), 390, 700, 1],
    ['zoom stops at 4×', box(10, 10), 390, 700, 0.25],
    ['the taller side decides', box(50, 326), 390, 700, 0.5],
  ])('%s', (_label, b, w, h, ratio) => {
    expect(coreRatio(b, w, h, 24)).toBeCloseTo(ratio, 2);
  });
});
