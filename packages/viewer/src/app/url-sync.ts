import type { Controller } from './controller';
import { debounce } from './dom';
import { serializeViewState } from './url-state';

/**
 * Write the view (camera included) to the address bar now and return the absolute URL. The
 * Share dialog calls it so its permalink is the view on screen, not the last debounced write.
 */
export function syncUrl(ctl: Controller): string {
  const cam = ctl.renderer.getCamera().getState();
  ctl.view.camera = { x: cam.x, y: cam.y, ratio: cam.ratio };
  const qs = serializeViewState(ctl.view);
  const path = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
  try {
    history.replaceState(null, '', path);
  } catch {
    /* some file:// contexts refuse history changes */
  }
  return new URL(path, location.href).href;
}

/** Keep the address bar in sync with the view (replaceState: reload restores it). */
export function bindUrlSync(ctl: Controller): void {
  const write = debounce(() => void syncUrl(ctl), 300);
  ctl.on('view', write);
  ctl.on('select', write);
  ctl.renderer.getCamera().on('updated', write);
}
