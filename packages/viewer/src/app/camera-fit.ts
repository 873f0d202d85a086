import type { CameraState } from 'sigma/types';
import type { KgSigma } from './renderer';

/** Pixels of the graph area's bottom that `overlay` (the floating legend) covers. */
export function coveredBottom(container: DOMRect, overlay: DOMRect | undefined): number {
  if (!overlay || overlay.width === 0 || overlay.height === 0) return 0;
  const overlapsX = overlay.left < container.right && overlay.right > container.left;
  if (!overlapsX || overlay.top >= container.bottom) return 0;
  return Math.min(container.height / 2, container.bottom - overlay.top);
}

/**
 * The camera that frames the whole graph above a bottom overlay of `covered` px: zoomed out
 * just enough, then moved so the picture sits in the free band (nothing hides behind the legend).
 */
export function fittedCamera(renderer: KgSigma, covered: number, padding = 12): CameraState {
  const reset: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const { height, width } = renderer.getDimensions();
  const stage = Math.min(width, height) - 2 * Number(renderer.getSetting('stagePadding') ?? 0);
  if (covered <= 0 || stage <= 0) return reset;
  const ratio = Math.max(1, stage / Math.max(stage / 2, stage - covered - padding));
  const centre = renderer.viewportToFramedGraph(
    { x: width / 2, y: height / 2 + (covered + padding) / 2 },
    { cameraState: { ...reset, ratio } },
  );
  return { x: centre.x, y: centre.y, ratio, angle: 0 };
}

/** Frame the graph, leaving the legend's corner free; animated unless `duration` is 0. */
export function fitCamera(renderer: KgSigma, duration = 0): Promise<void> | void {
  const box = document.querySelector('#legend .legend-box')?.getBoundingClientRect();
  const state = fittedCamera(
    renderer,
    coveredBottom(renderer.getContainer().getBoundingClientRect(), box),
  );
  const camera = renderer.getCamera();
  if (duration > 0) return camera.animate(state, { duration });
  camera.setState(state);
}
