import { createApiClient, type ApiClient } from './api-client';
import { createController } from './controller';
import { createCypherConsole } from './cypher-console';
import { createDetailsPanel } from './details-panel';
import { byId, clear, h, waitForSize } from './dom';
import { createFilters } from './filters';
import { createGraph } from './graph-state';
import { createInlineClient, readInlineData } from './inline-client';
import { bindInteractions } from './interactions';
import { bindKeyboard } from './keyboard';
import { legendItems } from './legend-items';
import { renderLegend } from './legend';
import { createMetricsPanel } from './metrics-panel';
import { createPathFinder } from './path-finder';
import { createRenderer, focusCamera, type KgSigma, type RenderState } from './renderer';
import { createEntityCombobox } from './search-box';
import { createToolbar } from './toolbar';
import { exportForHook } from './export-image';
import { loadInitialGraph, resolveInitialView } from './initial-view';
import { bindUrlSync } from './url-sync';

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
  const redrawLegend = () => renderLegend(legend, legendItems(graph, view.colorMode));
  ctl.on('graph', redrawLegend);
  ctl.on('metrics', redrawLegend);
  ctl.on('view', redrawLegend);

  const cypherRoot = byId('cypher');
  const paths = embed ? undefined : createPathFinder(byId('paths'), ctl);
  createDetailsPanel(byId('details'), ctl, {
    compact: embed,
    onPathEndpoint: (w, id, name) => paths?.setEndpoint(w, id, name),
  });
  const search = createEntityCombobox({
    api,
    label: 'Search entities',
    placeholder: 'Search actors…  ( / )',
    onSelect: (r) => void ctl.select(r.id).catch((e: Error) => toast(e.message, 'error')),
    onError: (m) => toast(m, 'error'),
  });
  byId('search-slot').append(search.root);
  const toggleCypher = () => {
    if (api.offline) return toast('The Cypher console needs the live server', 'error');
    cypherRoot.hidden = !cypherRoot.hidden;
    const legendBox = legend.querySelector('details');
    if (legendBox && !cypherRoot.hidden) legendBox.open = false;
    document.body.classList.toggle('cypher-open', !cypherRoot.hidden);
    if (!cypherRoot.hidden) cypherRoot.querySelector('textarea')?.focus();
  };
  if (!embed) {
    createFilters(byId('filters'), ctl);
    createMetricsPanel(byId('metrics'), ctl);
    createToolbar(byId('toolbar'), ctl, { toggleCypher });
    bindKeyboard(ctl, { focusSearch: () => search.input.focus(), toggleCypher });
    const stats = await api.stats().catch(() => undefined);
    createCypherConsole(cypherRoot, ctl, stats?.dialect);
    if (stats)
      byId('stats').textContent =
        `${stats.entities} actors · ${stats.relations} relations · ${stats.documents} documents · ${stats.dialect}`;
    for (const [btn, panel] of [
      ['toggle-tools', 'tools'],
      ['toggle-details', 'details'],
    ] as const) {
      byId(btn).addEventListener('click', () => {
        const open = document.body.classList.toggle(`${panel}-open`);
        byId(btn).setAttribute('aria-expanded', String(open));
      });
    }
  }
  bindUrlSync(ctl);
  // resize() clears the canvases; redraw right away (sigma only does both on window resize).
  new ResizeObserver(() => renderer.resize().refresh()).observe(byId('graph'));

  await loadInitialGraph(ctl, { embed, positions });
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
