import type { Controller } from './controller';
import { debounce } from './dom';
import { serializeViewState } from './url-state';

/** Keep the address bar in sync with the view (replaceState: reload restores it). */
export function bindUrlSync(ctl: Controller): void {
  const write = debounce(() => {
    const cam = ctl.renderer.getCamera().getState();
    ctl.view.camera = { x: cam.x, y: cam.y, ratio: cam.ratio };
    const qs = serializeViewState(ctl.view);
    try {
      history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
    } catch {
      /* some file:// contexts refuse history changes */
    }
  }, 300);
  ctl.on('view', write);
  ctl.on('select', write);
  ctl.renderer.getCamera().on('updated', write);
}
