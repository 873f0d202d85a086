import { describe, expect, it } from 'vitest';
import { coveredBottom, fittedCamera } from './camera-fit';
import type { KgSigma } from './renderer';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;

/** Just what fittedCamera reads: an 800×600 stage, framed coordinates = pixels / 600 · ratio. */
const fakeRenderer = {
  getDimensions: () => ({ width: 800, height: 600 }),
  getSetting: () => 40,
  viewportToFramedGraph: (p: { x: number; y: number }, o: { cameraState: { ratio: number } }) => ({
    x: 0.5 + ((p.x - 400) / 600) * o.cameraState.ratio,
    y: 0.5 - ((p.y - 300) / 600) * o.cameraState.ratio,
  }),
} as unknown as KgSigma;

describe('camera-fit', () => {
  describe('#coveredBottom', () => {
    it('should measure how far an overlay reaches into the bottom of the graph area', () => {
      const graph = rect(300, 60, 980, 740);
      expect(coveredBottom(graph, rect(310, 640, 400, 150))).toBe(160);
      expect(coveredBottom(graph, undefined)).toBe(0);
      expect(coveredBottom(graph, rect(0, 640, 200, 150))).toBe(0);
      expect(coveredBottom(graph, rect(310, 640, 0, 0))).toBe(0);
      expect(coveredBottom(graph, rect(310, 100, 400, 700))).toBe(370);
    });
  });

  describe('#fittedCamera', () => {
    it('should keep the plain reset when nothing covers the graph', () => {
      expect(fittedCamera(fakeRenderer, 0)).toEqual({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    });

    it('should zoom out and move the picture up, clear of a bottom overlay', () => {
      const cam = fittedCamera(fakeRenderer, 150);
      expect(cam.ratio).toBeCloseTo(520 / (520 - 162), 5);
      expect(cam.x).toBe(0.5);
      expect(cam.y).toBeLessThan(0.5);
    });
  });
});
