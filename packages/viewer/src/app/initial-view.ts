import type { ApiClient } from './api-client';
import type { Controller, Notifier } from './controller';
import type { InlineData } from './inline-client';
import { mergeSavedState } from './saved-view';
import { parseViewState, type ViewState } from './url-state';

export type Positions = Record<string, [number, number]>;

const INITIAL_LIMIT = 500;

/**
 * The view to open: a standalone file's own saved view, else `?view=<id>` from the server
 * (URL parameters override it), else the URL state alone.
 */
export async function resolveInitialView(
  api: ApiClient,
  inline: InlineData | undefined,
  search: string,
  notify: Notifier,
): Promise<{ view: ViewState; positions?: Positions }> {
  const saved = inline?.view;
  if (saved) {
    const view = mergeSavedState(saved.state, search, saved);
    return { view, positions: saved.positions };
  }
  const view = parseViewState(search);
  if (!view.viewId || api.offline) return { view };
  try {
    const rec = await api.getView(view.viewId);
    return { view: mergeSavedState(rec.state, search, rec), positions: rec.positions };
  } catch (err) {
    notify(`Saved view ${view.viewId}: ${(err as Error).message}`, 'error');
    return { view: { ...view, viewId: undefined } };
  }
}

/**
 * First graph: Cypher result (workbench), a focus neighbourhood, or the capped whole graph.
 * A standalone file always shows everything it carries (the export already chose the view).
 */
export async function loadInitialGraph(
  ctl: Controller,
  opts: { embed: boolean; positions?: Positions },
): Promise<void> {
  const { api, view, notify } = ctl;
  const positions = opts.positions;
  try {
    if (view.query && !opts.embed && !api.offline) {
      const res = await api.cypher(view.query);
      await ctl.replaceGraph(
        { nodes: res.nodes, edges: res.edges, omittedNodes: 0 },
        { positions },
      );
    } else if (view.focus && !api.offline) {
      const sub = await api.neighborhood(view.focus, { depth: view.depth, limit: 300 });
      await ctl.replaceGraph(sub, { positions });
    } else {
      const sub = await api.subgraph({ limit: INITIAL_LIMIT });
      await ctl.replaceGraph(sub, { positions });
      if (sub.omittedNodes)
        notify(`Showing ${sub.nodes.length} actors; ${sub.omittedNodes} more in the store`);
    }
  } catch (err) {
    notify((err as Error).message, 'error');
  }
  if (view.focus && ctl.graph.hasNode(view.focus)) {
    await ctl.select(view.focus, { camera: !view.camera });
  }
  const camera = ctl.renderer.getCamera();
  if (view.camera) camera.setState(view.camera);
  else if (!view.focus) void camera.animatedReset({ duration: 0 });
}
