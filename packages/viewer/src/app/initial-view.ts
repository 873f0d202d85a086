import { ApiClientError, type ApiClient } from './api-client';
import type { Controller, Notifier, Positions } from './controller';
import type { InlineData } from './inline-client';
import { fitInitialCamera } from './narrow-view';
import { mergeSavedState } from './saved-view';
import { parseViewState, type ViewState } from './url-state';

export type { Positions };

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
  const expanded = view.expanded;
  try {
    if (view.query && !opts.embed && !api.offline) {
      const res = await api.cypher(view.query);
      await ctl.replaceGraph(
        { nodes: res.nodes, edges: res.edges, omittedNodes: 0 },
        { positions },
      );
    } else if (view.focus && !api.offline && (await loadFocus(ctl, view.focus, positions))) {
      // the focus actor's neighbourhood is drawn
    } else {
      const sub = await api.subgraph({ limit: INITIAL_LIMIT });
      await ctl.replaceGraph(sub, { positions });
      if (sub.omittedNodes)
        notify(`Showing ${sub.nodes.length} actors; ${sub.omittedNodes} more in the store`);
    }
    await restoreExpansions(ctl, expanded, positions);
  } catch (err) {
    notify((err as Error).message, 'error');
  }
  if (view.selected && ctl.graph.hasNode(view.selected)) {
    await ctl.select(view.selected, { camera: !view.camera });
  }
  const camera = ctl.renderer.getCamera();
  if (view.camera) camera.setState(view.camera);
  // Set, not animatedReset({ duration: 0 }): its first step divides 0 by 0 and leaves the
  // camera at NaN for a frame (pointer events in that frame land nowhere).
  else if (!view.selected) fitInitialCamera(ctl);
}

/**
 * The focus actor's neighbourhood; false (after saying so) when the store does not know the
 * actor (an old link, a deleted document): the overview is drawn instead of an empty page.
 */
async function loadFocus(ctl: Controller, focus: string, positions?: Positions): Promise<boolean> {
  try {
    const sub = await ctl.api.neighborhood(focus, { depth: ctl.view.depth, limit: 300 });
    await ctl.replaceGraph(sub, { positions });
    return true;
  } catch (err) {
    if (!(err instanceof ApiClientError) || err.status !== 404) throw err;
    ctl.notify(`Actor "${focus}" is not in the store (any more); showing the overview`, 'error');
    if (ctl.view.selected === focus) ctl.view.selected = undefined;
    ctl.view.focus = undefined;
    return false;
  }
}

/**
 * Expanded neighbourhoods of a permalink (`expand=`) replayed in order (actors picked in search
 * included: they came with their neighbourhood), then any actor a saved
 * view pinned that is still missing (expanded before saving) brought back at its position.
 */
async function restoreExpansions(
  ctl: Controller,
  expanded: string[],
  positions: Positions | undefined,
): Promise<void> {
  for (const anchor of expanded) {
    await ctl.expand(anchor, { positions }).catch((err: Error) => ctl.notify(err.message, 'error'));
  }
  const missing = Object.keys(positions ?? {}).filter((id) => !ctl.graph.hasNode(id));
  if (positions && missing.length && !ctl.api.offline) await ctl.restoreNodes(missing, positions);
}
