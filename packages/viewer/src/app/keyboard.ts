import type { Controller } from './controller';
import { fitCamera } from './camera-fit';

export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['/', 'Focus search'],
  ['Esc', 'Close details / list'],
  ['U', 'Undo'],
  ['E', 'Expand selected actor'],
  ['F', 'Fit graph'],
  ['+ / −', 'Zoom in / out'],
  ['Arrows', 'Pan (graph focused)'],
  ['C', 'Toggle Cypher console'],
  ['M', 'Add / remove the selected actor to a merge (editing)'],
  ['Ctrl+Enter', 'Run Cypher query'],
];

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Global shortcuts; ignored while typing in a field. */
export function bindKeyboard(
  ctl: Controller,
  actions: { focusSearch(): void; toggleCypher(): void },
): void {
  const camera = ctl.renderer.getCamera();
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !typing(ev.target) && ctl.state.selected) return ctl.deselect();
    if (typing(ev.target) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const pan = (dx: number, dy: number) => {
      const s = camera.getState();
      void camera.animate({ x: s.x + dx * s.ratio, y: s.y + dy * s.ratio }, { duration: 150 });
    };
    const onGraph = ev.target instanceof HTMLElement && ev.target.id === 'graph';
    const map: Record<string, () => void> = {
      '/': actions.focusSearch,
      u: () => void ctl.undo(),
      e: () =>
        ctl.state.selected && void ctl.expand(ctl.state.selected).then(() => ctl.emit('select')),
      f: () => void fitCamera(ctl.renderer, 300),
      '+': () => void camera.animatedZoom({ duration: 200 }),
      '=': () => void camera.animatedZoom({ duration: 200 }),
      '-': () => void camera.animatedUnzoom({ duration: 200 }),
      c: actions.toggleCypher,
      ...(onGraph
        ? {
            ArrowLeft: () => pan(-0.1, 0),
            ArrowRight: () => pan(0.1, 0),
            ArrowUp: () => pan(0, 0.1),
            ArrowDown: () => pan(0, -0.1),
          }
        : {}),
    };
    const fn = map[ev.key];
    if (fn) {
      ev.preventDefault();
      fn();
    }
  });
}
