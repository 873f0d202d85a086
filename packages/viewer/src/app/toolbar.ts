import { syncUrl } from './url-sync';
import type { Controller } from './controller';
import { fitCamera } from './camera-fit';
import { download, h } from './dom';
import { downloadPng, downloadSvg } from './export-image';
import { openShareDialog } from './share';
import type { ColorMode, SizeMode } from './url-state';

export interface ToolbarActions {
  toggleCypher(): void;
  toggleData(): void;
}

function button(
  text: string,
  label: string,
  onClick: () => void,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  return h('button', {
    class: 'button',
    text,
    attrs: { type: 'button', 'aria-label': label, title: label, ...extra },
    on: { click: onClick },
  });
}

/** Toolbar: undo, fit, relayout, size/colour modes, label density, console, export, share. */
export function createToolbar(root: HTMLElement, ctl: Controller, actions: ToolbarActions): void {
  const { view, renderer } = ctl;
  const undo = button('↶', 'Undo (U)', () =>
    ctl.undo() ? ctl.notify('Undone') : ctl.notify('Nothing to undo'),
  );
  const sync = () => (undo.disabled = ctl.history.size === 0);
  ctl.on('graph', sync);
  sync();

  const sizeSel = h('select', { attrs: { 'aria-label': 'Node size' } }, [
    h('option', { text: 'Size: degree', attrs: { value: 'degree' } }),
    h('option', { text: 'Size: rank', attrs: { value: 'pagerank' } }),
  ]);
  sizeSel.value = view.sizeMode;
  sizeSel.addEventListener('change', () => {
    view.sizeMode = sizeSel.value as SizeMode;
    ctl.restyle();
  });
  const colorSel = h('select', { attrs: { 'aria-label': 'Node colour' } }, [
    h('option', { text: 'Colour: type', attrs: { value: 'type' } }),
    h('option', { text: 'Colour: group', attrs: { value: 'community' } }),
  ]);
  colorSel.value = view.colorMode;
  colorSel.addEventListener('change', () => {
    view.colorMode = colorSel.value as ColorMode;
    ctl.restyle();
  });
  const density = h('input', {
    attrs: { type: 'range', min: 0.2, max: 5, step: 0.2, 'aria-label': 'Label density' },
  });
  density.value = String(view.labelDensity);
  const applyDensity = () => {
    view.labelDensity = Number(density.value);
    renderer.setSetting('labelDensity', view.labelDensity);
    renderer.setSetting('labelRenderedSizeThreshold', Math.max(0, 8 - view.labelDensity * 2));
    ctl.emit('view');
  };
  density.addEventListener('input', applyDensity);
  renderer.setSetting('labelDensity', view.labelDensity);
  renderer.setSetting('labelRenderedSizeThreshold', Math.max(0, 8 - view.labelDensity * 2));

  const opts = () => ({ title: view.title, caption: view.caption });
  const fail = (e: Error) => ctl.notify(e.message, 'error');
  const exportMenu = h('details', { class: 'menu' }, [
    h('summary', { class: 'button', text: 'Export', attrs: { 'aria-label': 'Export' } }),
    h('div', { class: 'menu-items', attrs: { role: 'group', 'aria-label': 'Export formats' } }, [
      button('PNG image', 'Export PNG', () => void downloadPng(ctl, opts()).catch(fail)),
      button('SVG image', 'Export SVG', () => void downloadSvg(ctl, opts()).catch(fail)),
      ...(['gexf', 'graphml', 'json'] as const).map((f) =>
        button(f.toUpperCase(), `Download ${f.toUpperCase()}`, () => {
          const url = ctl.api.exportUrl(f);
          if (url) window.open(url, '_blank', 'noopener');
          else
            download(
              new Blob([JSON.stringify(ctl.graph.export())], { type: 'application/json' }),
              'knowledge-graph.json',
            );
        }),
      ),
    ]),
  ]);

  root.append(
    undo,
    button('⤢', 'Fit graph to screen (F)', () => void fitCamera(renderer, 400)),
    button('⟳', 'Run layout again', () => void ctl.relayout(2000)),
    sizeSel,
    colorSel,
    h('label', { class: 'inline-label' }, [h('span', { text: 'Labels' }), density]),
    button('Cypher', 'Toggle Cypher console (C)', () => actions.toggleCypher(), {
      'aria-controls': 'cypher',
      'data-needs-server': '',
    }),
    button('Data', 'Data tables: actors, relations, documents, evidence', () =>
      actions.toggleData(),
    ),
    exportMenu,
    button('Share', 'Share link or embed code', () => openShareDialog(syncUrl(ctl), ctl), {
      'data-needs-server': '',
    }),
  );
}
