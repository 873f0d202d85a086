import type { CameraState } from 'sigma/types';
import { coveredBottom, fitCamera } from './camera-fit';
import type { Controller } from './controller';

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Screens this narrow (a phone) open on the graph's core, not its whole extent. */
export const NARROW_WIDTH = 560;
/** Below this many actors the whole graph is readable anyway. */
const CORE_MIN_ACTORS = 40;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/** The box holding the central `share` of the points on each axis (outliers left out). */
export function coreBox(points: ReadonlyArray<{ x: number; y: number }>, share = 0.8): Box {
  const xs = points.map((p) => p.x).sort((a, b) => a - b);
  const ys = points.map((p) => p.y).sort((a, b) => a - b);
  const lo = (1 - share) / 2;
  return {
    minX: quantile(xs, lo),
    maxX: quantile(xs, 1 - lo),
    minY: quantile(ys, lo),
    maxY: quantile(ys, 1 - lo),
  };
}

/**
 * How far to zoom in so `box` (viewport px at the fitted camera) fills a `width`×`height` band
 * with `padding`: between 1 (the fitted view) and `maxZoom` times closer, as a camera ratio.
 */
export function coreRatio(
  box: Box,
  width: number,
  height: number,
  padding = 24,
  maxZoom = 4,
): number {
  const w = Math.max(1, box.maxX - box.minX) / Math.max(1, width - 2 * padding);
  const h = Math.max(1, box.maxY - box.minY) / Math.max(1, height - 2 * padding);
  return Math.min(1, Math.max(1 / maxZoom, w, h));
}

/**
 * The first camera: on a phone with a large graph, zoomed onto the central 80% of the visible
 * actors (above the legend), so the dense middle spreads out and its labels have room; the
 * outliers are a pan away and F (fit) shows everything. Elsewhere the whole graph is framed.
 */
export function fitInitialCamera(ctl: Controller): void {
  const { renderer, graph, state } = ctl;
  const { width, height } = renderer.getDimensions();
  if (width > NARROW_WIDTH || graph.order < CORE_MIN_ACTORS) return void fitCamera(renderer);
  const reset: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const points: Array<{ x: number; y: number }> = [];
  graph.forEachNode((id, a) => {
    if (state.visibility.hiddenNodes.has(id)) return;
    points.push(renderer.graphToViewport({ x: a.x, y: a.y }, { cameraState: reset }));
  });
  if (points.length < CORE_MIN_ACTORS) return void fitCamera(renderer);
  const legend = document.querySelector('#legend .legend-box')?.getBoundingClientRect();
  const covered = coveredBottom(renderer.getContainer().getBoundingClientRect(), legend);
  const box = coreBox(points);
  const ratio = coreRatio(box, width, height - covered);
  const centre = renderer.viewportToFramedGraph(
    { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 },
    { cameraState: reset },
  );
  const camera = renderer.viewportToFramedGraph(
    { x: width / 2, y: height / 2 + covered / 2 },
    { cameraState: { ...centre, ratio, angle: 0 } },
  );
  renderer.getCamera().setState({ x: camera.x, y: camera.y, ratio, angle: 0 });
}
