import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { KgGraph } from './graph-state';

export interface LayoutOptions {
  /** How long ForceAtlas2 runs in its worker before noverlap; default scales with size. */
  durationMs?: number;
  onDone?: () => void;
}

export interface LayoutRun {
  done: Promise<void>;
  stop(): void;
}

export function layoutDuration(order: number): number {
  return Math.min(6000, 800 + order * 4);
}

function settingsFor(graph: KgGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    adjustSizes: false,
    barnesHutOptimize: graph.order > 300,
  };
}

/** Pixel-sized nodes against graph coordinates: margin relative to the graph's extent. */
function removeOverlaps(graph: KgGraph): void {
  if (graph.order < 2 || graph.order > 20_000) return;
  // noverlap knows nothing of pinned nodes: leave a saved view's positions alone.
  if (graph.someNode((_n, a) => a.fixed === true)) return;
  noverlap.assign(graph, { maxIterations: 60, settings: { margin: 2, ratio: 1.2, speed: 3 } });
}

/**
 * ForceAtlas2 in a Web Worker (positions stream into the graph, sigma redraws), then noverlap.
 * Falls back to a short synchronous run where workers are unavailable.
 */
export function runLayout(graph: KgGraph, options: LayoutOptions = {}): LayoutRun {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  if (graph.order === 0) {
    finish();
    return { done, stop: () => undefined };
  }
  let layout: FA2Layout | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    layout?.kill();
    removeOverlaps(graph);
    options.onDone?.();
    finish();
  };
  try {
    layout = new FA2Layout(graph, { settings: settingsFor(graph), getEdgeWeight: null });
    layout.start();
    timer = setTimeout(stop, options.durationMs ?? layoutDuration(graph.order));
  } catch {
    forceAtlas2.assign(graph, {
      iterations: graph.order > 2000 ? 50 : 150,
      settings: settingsFor(graph),
      getEdgeWeight: null,
    });
    stop();
  }
  return { done, stop };
}
