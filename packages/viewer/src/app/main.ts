import { createApiClient, type ApiClient } from './api-client';
import { createController } from './controller';
import { byId, clear, h, waitForSize } from './dom';
import { createGraph } from './graph-state';
import { createInlineClient, readInlineData } from './inline-client';
import { bindInteractions } from './interactions';
import { legendItems } from './legend-items';
import { renderLegend } from './legend';
import { visibleCounts } from './visible-counts';
import {
  createRenderer,
  enableCurves,
  focusCamera,
  type KgSigma,
  type RenderState,
} from './renderer';
import { exportForHook } from './export-image';
import { loadInitialGraph, resolveInitialView } from './initial-view';
import { bindUrlSync } from './url-sync';
import { adoptEditorFragment } from './editor-session';
import { bindLiveUpdates } from './live-updates';
import { buildWorkbench } from './workbench';

function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const el = byId('toast');
  el.textContent = message;
  el.className = `toast show ${kind}`;
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  clearTimeout(Number(el.dataset.timer));
  el.dataset.timer = String(
    setTimeout(() => (el.className = 'toast'), kind === 'error' ? 6000 : 2500),
  );
}

function fatal(title: string, detail: string): void {
  const box = byId('fatal');
  box.hidden = false;
  box.append(h('h2', { text: title }), h('p', { text: detail }));
}

async function start(): Promise<void> {
  // `#embed` gives a standalone file the embed layout (kg export --format png|svg renders that).
  const embed = /\/embed\/?$/.test(location.pathname) || location.hash === '#embed';
  // `#editor=<token>` (the link `kg start` prints) goes into this tab's session, off the URL.
  if (!embed) adoptEditorFragment();
  document.body.classList.toggle('embed', embed);
  let api: ApiClient = createApiClient('api/');
  const inline = readInlineData(document);
  performance.mark('kg:data-read');
  if (inline) {
    api = createInlineClient(inline);
    document.body.classList.add('standalone');
  }
  const { view, positions } = await resolveInitialView(api, inline, location.search, toast);
  if (inline) view.title ??= inline.title;
  if (view.title || view.caption) {
    const t = byId('view-title');
    t.hidden = false;
    t.append(
      view.title ? h('h1', { text: view.title }) : '',
      view.caption ? h('p', { text: view.caption }) : '',
    );
    if (view.title) document.title = `${view.title} · Knowledge graph`;
    // The title gets a band of its own above the graph, so it never covers nodes.
    const stage = t.parentElement!;
    stage.style.setProperty('--title-band', `${t.offsetTop + t.offsetHeight + 8}px`);
    stage.classList.add('has-title');
  }
  await waitForSize(byId('graph'));
  const graph = createGraph();
  const state: RenderState = { visibility: { hiddenNodes: new Set(), hiddenEdges: new Set() } };
  let renderer: KgSigma;
  try {
    // No separate WebGL probe: a throwaway context costs ~200 ms before the first frame.
    renderer = createRenderer(byId('graph'), graph, state);
    performance.mark('kg:renderer-created');
  } catch (err) {
    console.warn(err);
    clear(byId('graph'));
    fatal(
      'This view needs WebGL',
      'Your browser or device has WebGL turned off or unsupported, so the graph cannot be drawn. Enable hardware acceleration or try another browser.',
    );
    return;
  }
  const ctl = createController({ api, graph, renderer, state, view, notify: toast });
  bindInteractions(ctl);

  const legend = byId('legend');
  // A small embed frame starts with the legend folded: the graph is what the reader came for.
  if (embed && (innerWidth <= 560 || innerHeight <= 420)) legend.dataset.collapsed = 'true';
  // Counts follow the filters: what the legend lists is what is on screen.
  const redrawLegend = () =>
    renderLegend(
      legend,
      legendItems(graph, view.colorMode, state.visibility),
      visibleCounts(graph, state.visibility),
    );
  ctl.on('graph', redrawLegend);
  ctl.on('metrics', redrawLegend);
  ctl.on('view', redrawLegend);

  // Curved edges and the panels follow the first frame (or a failed first load).
  let workbench: Promise<void> | undefined;
  const buildPanels = () => {
    enableCurves(renderer, state);
    return (workbench ??= buildWorkbench(ctl, { embed }));
  };
  ctl.on('drawn', () => void buildPanels());
  bindUrlSync(ctl);
  // resize() clears the canvases; redraw right away (sigma only does both on window resize).
  // The observer also fires once on observe(): nothing changed then, so nothing to redo.
  const graphBox = byId('graph');
  let drawnSize = `${graphBox.offsetWidth}x${graphBox.offsetHeight}`;
  new ResizeObserver(() => {
    const size = `${graphBox.offsetWidth}x${graphBox.offsetHeight}`;
    if (size === drawnSize) return;
    drawnSize = size;
    renderer.resize().refresh();
  }).observe(graphBox);

  await loadInitialGraph(ctl, { embed, positions });
  await buildPanels();
  // an embed follows the live graph only when asked (`/embed?live=1`): reports stay as written
  if (embed && !inline && new URLSearchParams(location.search).get('live') === '1')
    bindLiveUpdates(ctl, { embed });
  document.body.dataset.ready = 'true';
  Object.assign(window, {
    __kg: { ctl, focusCamera },
    kgExport: (o: { format: 'png' | 'svg'; title?: string; caption?: string; fit?: boolean }) =>
      exportForHook(ctl, o),
  });
}

void start().catch((err: Error) => {
  console.error(err);
  document.body.dataset.ready = 'error';
  fatal('The viewer failed to start', err.message);
});
