import type { Controller } from './controller';
import { createCypherConsole } from './cypher-console';
import { createCuration } from './curation';
import { createEditorControl, createMultiSelectBar } from './editor-control';
import { createHistoryPanel } from './history-panel';
import { createDetailsPanel } from './details-panel';
import { fitCamera } from './camera-fit';
import { afterFirstFrame, byId } from './dom';
import { bindPanels } from './panel-state';
import { createFilters } from './filters';
import { bindKeyboard } from './keyboard';
import { createMetricsPanel } from './metrics-panel';
import { createPathFinder } from './path-finder';
import { createEntityCombobox } from './search-box';
import { bindStatusLine } from './status-line';
import { createDataView } from './data-view';
import { openDocumentReader } from './document-reader';
import { useDocumentReader } from './open-document';
import { createToolbar } from './toolbar';
import { createAddArticlesButton } from './add-articles';
import { bindLiveUpdates } from './live-updates';

/**
 * The panels around the graph: details, search, and (outside embeds) path finder, filters,
 * metrics, toolbar, keyboard shortcuts and the Cypher console. Built once the first frame is
 * on screen: the graph does not wait for them, and sigma's first render does not lay them out.
 * Resolves once the Cypher console (which names the store's dialect) is there too.
 */
/** Two frames: the layout change is applied and the resize observer has redrawn sigma. */
const afterResize = () => afterFirstFrame().then(afterFirstFrame);

export function buildWorkbench(ctl: Controller, opts: { embed: boolean }): Promise<void> {
  const { api, notify } = ctl;
  const { embed } = opts;
  const legend = byId('legend');
  const cypherRoot = byId('cypher');
  const paths = embed ? undefined : createPathFinder(byId('paths'), ctl);
  // Corrections (#18): never in embeds or standalone files; the log is fetched when first needed.
  const curation = embed || api.offline ? undefined : createCuration(ctl, { embed });
  createDetailsPanel(byId('details'), ctl, {
    compact: embed,
    curation,
    onPathEndpoint: (w, id, name) => paths?.setEndpoint(w, id, name),
  });
  const search = createEntityCombobox({
    api,
    label: 'Search entities',
    placeholder: 'Search actors…  ( / )',
    onSelect: (r) => void ctl.select(r.id).catch((e: Error) => notify(e.message, 'error')),
    onError: (m) => notify(m, 'error'),
  });
  byId('search-slot').append(search.root);
  if (embed) return Promise.resolve();
  const showCypher = () => {
    cypherRoot.hidden = !cypherRoot.hidden;
    const legendBox = legend.querySelector('details');
    if (legendBox && !cypherRoot.hidden) legendBox.open = false;
    document.body.classList.toggle('cypher-open', !cypherRoot.hidden);
  };
  const panels = bindPanels(ctl, { isOpen: () => !cypherRoot.hidden, toggle: showCypher });
  const toggleCypher = () => {
    if (api.offline) return notify('The Cypher console needs the live server', 'error');
    showCypher();
    panels.changed();
    if (!cypherRoot.hidden) cypherRoot.querySelector('textarea')?.focus();
    // the graph area changed size: frame the graph in what is left of it
    void afterResize().then(() => fitCamera(ctl.renderer, 300));
  };
  createFilters(byId('filters'), ctl);
  createMetricsPanel(byId('metrics'), ctl);
  const data = createDataView(ctl);
  // documents from the data tables open in the reader (with its "Add relation") when there is one
  if (curation)
    useDocumentReader((docId) => openDocumentReader(curation, ctl, { docId, evidence: [] }));
  createToolbar(byId('toolbar'), ctl, { toggleCypher, toggleData: data.toggle });
  if (!api.offline) createAddArticlesButton(byId('toolbar'), ctl);
  if (curation) {
    byId('toolbar').append(createEditorControl(curation));
    createMultiSelectBar(byId('graph').parentElement!, curation, ctl);
    createHistoryPanel(byId('tools'), curation, (id) =>
      ctl.graph.hasNode(id) ? ctl.graph.getNodeAttribute(id, 'label') : undefined,
    );
  }
  bindKeyboard(ctl, { focusSearch: () => search.input.focus(), toggleCypher });
  for (const [btn, panel] of [
    ['toggle-tools', 'tools'],
    ['toggle-details', 'details'],
  ] as const) {
    byId(btn).addEventListener('click', () => {
      const open = document.body.classList.toggle(`${panel}-open`);
      byId(btn).setAttribute('aria-expanded', String(open));
    });
  }
  return api
    .stats()
    .catch(() => undefined)
    .then((stats) => {
      createCypherConsole(cypherRoot, ctl, stats?.dialect);
      const setStats = bindStatusLine(byId('stats'), ctl, stats);
      // a correction changes the store's totals (merged actors, rejected relations)
      curation?.onCorrected(() => void api.stats().then(setStats, () => undefined));
      // the graph changed on the server (kg ingest, kg watch, Add articles): offer a refresh
      if (!api.offline && typeof EventSource !== 'undefined')
        bindLiveUpdates(ctl, { onStats: setStats });
    });
}
