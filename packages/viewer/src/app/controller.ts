import type { Subgraph } from '@kg/schema';
import type { ApiClient } from './api-client';
import { afterFirstFrame } from './dom';
import { computeVisibility, type FilterState } from './filter-state';
import {
  createGraph,
  createHistory,
  curveParallelEdges,
  graphExtent,
  mergeSubgraph,
  type KgGraph,
  type MergeResult,
} from './graph-state';
import { placeAlongPath } from './path-overlay';
import { runLayout, type LayoutRun } from './layout';
import { computeMetrics, needsMetrics, styleNodes, type MetricsSummary } from './metrics';
import { focusCamera, updateFocus, type KgSigma, type RenderState } from './renderer';
import type { ViewState } from './url-state';

/** `drawn`: a replaced graph's first frame is on screen (before `graph`, metrics and layout). */
export type AppEvent = 'drawn' | 'graph' | 'select' | 'view' | 'layout' | 'metrics';
export type Positions = Record<string, [number, number]>;

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
  const history = createHistory(graph, 30, {
    save: () => view.expanded,
    restore: (expanded: string[]) => (view.expanded = expanded),
  });
  const listeners = new Map<AppEvent, Set<() => void>>();
  const detached = createGraph();
  let layout: LayoutRun | undefined;
  let metrics: MetricsSummary = { communities: 0 };
  let metricsStale = true;
  let metricsJob: Promise<void> | undefined;

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

  /** Re-apply filters, hover/path focus; redraw. */
  function refresh(): void {
    state.visibility = computeVisibility(graph, filters());
    updateFocus(graph, state);
    renderer.refresh({ skipIndexation: false });
  }

  function updateMetrics(): void {
    metrics = computeMetrics(graph);
    metricsStale = false;
  }

  /** Sizes and colours; PageRank/Louvain first only when the current modes need them. */
  function style(): void {
    if (metricsStale && needsMetrics(view.sizeMode, view.colorMode)) updateMetrics();
    styleNodes(graph, view.sizeMode, view.colorMode);
  }

  /**
   * Bulk changes with sigma detached (no per-node event work); on re-attach it indexes and
   * draws everything once, synchronously, with filters and styles already applied.
   */
  function batch<T>(change: () => T): T {
    renderer.setGraph(detached);
    try {
      const result = change();
      style();
      return result;
    } finally {
      state.visibility = computeVisibility(graph, filters());
      updateFocus(graph, state);
      renderer.setGraph(graph);
    }
  }

  /** PageRank + Louvain after the frame is on screen; resolves once they are on the nodes. */
  function scheduleMetrics(): Promise<void> {
    metricsStale = true;
    metricsJob ??= afterFirstFrame().then(() => {
      metricsJob = undefined;
      if (metricsStale) updateMetrics();
      emit('metrics');
    });
    return metricsJob;
  }

  function graphChanged(): Promise<void> {
    const done = scheduleMetrics();
    emit('graph');
    return done;
  }

  function pin(positions: Positions | undefined, ids: Iterable<string>): number {
    let free = 0;
    for (const id of ids) {
      const p = positions?.[id];
      if (p) graph.mergeNodeAttributes(id, { x: p[0], y: p[1], fixed: true });
      else free++;
    }
    return free;
  }

  /** Graph distance of `px` screen pixels: expanded actors go on a ring that clears the anchor. */
  function pixels(px: number): number {
    const a = renderer.viewportToGraph({ x: 0, y: 0 });
    const b = renderer.viewportToGraph({ x: px, y: 0 });
    return Math.hypot(b.x - a.x, b.y - a.y) || 0;
  }

  /**
   * Graph radius of a ring around an actor that still spans `px` screen pixels after sigma fits
   * the grown graph to the screen: a ring of radius R around an actor on the edge widens the
   * extent E by up to R, so R·E/(E+R) must reach the pixel distance t, i.e. R = t·E/(E−t).
   */
  function ringRadius(px: number): number {
    const t = pixels(px);
    const e = graphExtent(graph);
    return e > 2 * t ? (t * e) / (e - t) : 2 * t;
  }

  function relayout(durationMs?: number): Promise<void> {
    layout?.stop();
    layout = runLayout(graph, { durationMs, onDone: () => emit('layout') });
    return layout.done;
  }

  const ctl = {
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
      style();
      refresh();
      emit('view');
    },
    relayout,
    /** Stop a running layout (a dragged node must not be pulled back by the worker). */
    stopLayout() {
      layout?.stop();
    },
    /**
     * Replace the whole graph (initial load, Cypher result, path result); undoable. Pinned
     * `positions` (a saved view) are applied and kept fixed; no layout runs when they cover
     * every node, so the saved camera frames the same picture. Metrics and the panels follow
     * the first frame.
     */
    async replaceGraph(
      sub: Subgraph,
      opts: { layoutMs?: number; positions?: Positions; path?: RenderState['path'] } = {},
    ) {
      layout?.stop();
      if (graph.order) history.push();
      state.path = opts.path;
      view.expanded = [];
      const free = batch(() => {
        graph.clear();
        mergeSubgraph(graph, sub);
        return pin(opts.positions, graph.nodes());
      });
      performance.mark('kg:graph-drawn');
      await afterFirstFrame();
      emit('drawn');
      const metricsDone = graphChanged();
      if (free > 0 || !opts.positions) await relayout(opts.layoutMs);
      else emit('layout');
      await metricsDone;
      refresh();
    },
    /**
     * Add a neighbourhood around `anchor` without re-laying out the rest; undoable. An anchor not
     * drawn yet (an actor picked in search) comes with its neighbourhood, next to an actor of it
     * already drawn, or laid out afresh when none is. Recorded in `view.expanded` either way, so
     * a permalink replays it.
     */
    async expand(anchor: string, opts: { positions?: Positions } = {}): Promise<number> {
      const sub = await api.neighborhood(anchor, { depth: 1, limit: 50 });
      layout?.stop();
      history.push();
      // measured before batch(): while it runs sigma holds an empty graph (another scale)
      const ring = ringRadius(110);
      const near = graph.hasNode(anchor)
        ? anchor
        : sub.nodes.find((n) => n.id !== anchor && graph.hasNode(n.id))?.id;
      const res = batch(() => {
        const merged = mergeSubgraph(graph, sub, near, ring);
        const self = sub.nodes.find((n) => n.id === anchor);
        if (graph.hasNode(anchor))
          graph.setNodeAttribute(
            anchor,
            'hiddenNeighbors',
            self?.hiddenNeighbors ?? sub.omittedNodes,
          );
        pin(opts.positions, merged.addedNodes);
        return merged;
      });
      if (!view.expanded.includes(anchor)) view.expanded = [...view.expanded, anchor];
      void graphChanged();
      emit('view');
      if (!near && !opts.positions) await relayout(1200);
      return res.addedNodes.length;
    },
    /**
     * Draw a path result over the current graph (not undoable, no layout): the actors it adds sit
     * between their neighbours on the path. `removeOverlay` takes exactly those away again.
     */
    overlayPath(sub: Subgraph, order: string[], path: RenderState['path']): MergeResult {
      layout?.stop();
      state.path = path;
      const spacing = ringRadius(130); // before batch(): sigma then holds an empty graph
      const res = batch(() => {
        const merged = mergeSubgraph(graph, sub);
        placeAlongPath(graph, order, new Set(merged.addedNodes), spacing);
        return merged;
      });
      if (res.addedNodes.length) void graphChanged();
      return res;
    },
    removeOverlay(added: MergeResult): void {
      state.path = undefined;
      batch(() => {
        for (const e of added.addedEdges) if (graph.hasEdge(e)) graph.dropEdge(e);
        for (const n of added.addedNodes) if (graph.hasNode(n)) graph.dropNode(n);
        curveParallelEdges(graph);
      });
      if (state.selected && !graph.hasNode(state.selected)) ctl.deselect();
      if (added.addedNodes.length) void graphChanged();
    },
    /** Bring back saved actors (by id, at their saved positions) with their relations. */
    async restoreNodes(ids: string[], positions: Positions): Promise<number> {
      const wanted = new Set(Object.keys(positions));
      const subs: Subgraph[] = [];
      const queue = ids.slice(0, 200);
      const worker = async () => {
        for (let id = queue.shift(); id; id = queue.shift())
          subs.push(await api.neighborhood(id, { depth: 1, limit: 500 }).catch(() => emptySub));
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      const sub: Subgraph = {
        nodes: subs.flatMap((s) => s.nodes).filter((n) => wanted.has(n.id)),
        edges: subs
          .flatMap((s) => s.edges)
          .filter((e) => wanted.has(e.source) && wanted.has(e.target)),
        omittedNodes: 0,
      };
      const added = batch(() => {
        const merged = mergeSubgraph(graph, sub);
        pin(positions, merged.addedNodes);
        return merged.addedNodes.length;
      });
      if (added) await graphChanged();
      return added;
    },
    undo(): boolean {
      layout?.stop();
      if (!batch(() => history.undo())) return false;
      if (state.selected && !graph.hasNode(state.selected))
        state.selected = view.selected = undefined;
      void graphChanged();
      emit('select');
      emit('view');
      return true;
    },
    /**
     * Select a node (an absent one comes with its neighbourhood, as an expansion), animate the
     * camera to it. The focus (what the graph was opened on) stays.
     */
    async select(id: string, opts: { camera?: boolean } = {}): Promise<void> {
      if (!graph.hasNode(id)) await ctl.expand(id);
      state.selected = id;
      view.selected = id;
      refresh();
      emit('select');
      emit('view');
      if (opts.camera !== false) await focusCamera(renderer, id);
    },
    deselect(): void {
      state.selected = undefined;
      view.selected = undefined;
      refresh();
      emit('select');
      emit('view');
    },
  };
  return ctl;
}

const emptySub: Subgraph = { nodes: [], edges: [], omittedNodes: 0 };

export type Controller = ReturnType<typeof createController>;
