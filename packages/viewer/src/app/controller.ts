import type { Subgraph } from '@kg/schema';
import type { ApiClient } from './api-client';
import { computeVisibility, type FilterState } from './filter-state';
import { createHistory, mergeSubgraph, type KgGraph } from './graph-state';
import { runLayout, type LayoutRun } from './layout';
import { applyColors, applySizes, computeMetrics, type MetricsSummary } from './metrics';
import { focusCamera, updateFocus, type KgSigma, type RenderState } from './renderer';
import type { ViewState } from './url-state';

export type AppEvent = 'graph' | 'select' | 'view' | 'layout';

export interface Notifier {
  (message: string, kind?: 'info' | 'error'): void;
}

/** The app's shared state and the operations every panel uses. */
export function createController(deps: {
  api: ApiClient;
  graph: KgGraph;
  renderer: KgSigma;
  state: RenderState;
  view: ViewState;
  notify: Notifier;
}) {
  const { api, graph, renderer, state, view, notify } = deps;
  const history = createHistory(graph);
  const listeners = new Map<AppEvent, Set<() => void>>();
  let layout: LayoutRun | undefined;
  let metrics: MetricsSummary = { communities: 0 };

  function emit(ev: AppEvent) {
    listeners.get(ev)?.forEach((fn) => fn());
  }

  const filters = (): FilterState => ({
    types: view.types,
    relationTypes: view.relationTypes,
    from: view.from,
    to: view.to,
    minConfidence: view.minConfidence,
    hideIsolated: view.hideIsolated,
  });

  /** Re-apply filters, hover/path focus, sizes and colours; redraw. */
  function refresh(): void {
    state.visibility = computeVisibility(graph, filters());
    updateFocus(graph, state);
    renderer.refresh({ skipIndexation: false });
  }

  function restyle(): void {
    metrics = computeMetrics(graph);
    applySizes(graph, view.sizeMode);
    applyColors(graph, view.colorMode);
  }

  function graphChanged(): void {
    restyle();
    refresh();
    emit('graph');
  }

  function relayout(durationMs?: number): Promise<void> {
    layout?.stop();
    layout = runLayout(graph, { durationMs, onDone: () => emit('layout') });
    return layout.done;
  }

  return {
    api,
    graph,
    renderer,
    state,
    view,
    notify,
    history,
    on(ev: AppEvent, fn: () => void) {
      if (!listeners.has(ev)) listeners.set(ev, new Set());
      listeners.get(ev)!.add(fn);
    },
    emit,
    refresh,
    get metrics() {
      return metrics;
    },
    restyle() {
      restyle();
      refresh();
      emit('view');
    },
    relayout,
    /**
     * Replace the whole graph (initial load, Cypher result, path result); undoable. Pinned
     * `positions` (a saved view) are applied and kept fixed; no layout runs when they cover
     * every node, so the saved camera frames the same picture.
     */
    async replaceGraph(
      sub: Subgraph,
      opts: { layoutMs?: number; positions?: Record<string, [number, number]> } = {},
    ): Promise<void> {
      layout?.stop();
      if (graph.order) history.push();
      graph.clear();
      state.path = undefined;
      mergeSubgraph(graph, sub);
      const pinned = opts.positions ?? {};
      let free = 0;
      graph.forEachNode((id) => {
        const p = pinned[id];
        if (p) graph.mergeNodeAttributes(id, { x: p[0], y: p[1], fixed: true });
        else free++;
      });
      graphChanged();
      performance.mark('kg:graph-drawn');
      if (free > 0 || !opts.positions) await relayout(opts.layoutMs);
      else emit('layout');
      refresh();
    },
    /** Add a neighbourhood around `anchor` without re-laying out the rest; undoable. */
    async expand(anchor: string): Promise<number> {
      const sub = await api.neighborhood(anchor, { depth: 1, limit: 50 });
      layout?.stop();
      history.push();
      const res = mergeSubgraph(graph, sub, anchor);
      const self = sub.nodes.find((n) => n.id === anchor);
      graph.setNodeAttribute(anchor, 'hiddenNeighbors', self?.hiddenNeighbors ?? sub.omittedNodes);
      graphChanged();
      return res.addedNodes.length;
    },
    undo(): boolean {
      layout?.stop();
      if (!history.undo()) return false;
      if (state.selected && !graph.hasNode(state.selected)) state.selected = undefined;
      graphChanged();
      emit('select');
      return true;
    },
    /** Select a node (loading its neighbourhood first if absent), animate the camera to it. */
    async select(id: string, opts: { camera?: boolean } = {}): Promise<void> {
      if (!graph.hasNode(id)) {
        const sub = await api.neighborhood(id, { depth: view.depth, limit: 100 });
        history.push();
        const anchor = sub.nodes.find((n) => n.id !== id && graph.hasNode(n.id))?.id;
        mergeSubgraph(graph, sub, anchor);
        graphChanged();
        if (!anchor) await relayout(1200);
      }
      state.selected = id;
      view.focus = id;
      refresh();
      emit('select');
      emit('view');
      if (opts.camera !== false) await focusCamera(renderer, id);
    },
    deselect(): void {
      state.selected = undefined;
      view.focus = undefined;
      refresh();
      emit('select');
      emit('view');
    },
  };
}

export type Controller = ReturnType<typeof createController>;
