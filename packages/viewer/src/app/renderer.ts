import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Settings } from 'sigma/settings';
import { fade } from './colors';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph-state';
import type { Visibility } from './filter-state';
import { relationLabel } from './relation-label';

export interface RenderState {
  hoveredNode?: string;
  hoveredEdge?: string;
  selected?: string;
  path?: { nodes: Set<string>; edges: Set<string> };
  visibility: Visibility;
  /** Nodes kept bright (hover neighbourhood or path); recomputed by updateFocus. */
  focus?: Set<string>;
}

export type KgSigma = Sigma<NodeAttrs, EdgeAttrs>;

export const LABEL_FONT =
  'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

/** Labels with a white halo so they stay readable over edges. */
function drawLabel(
  ctx: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label: string | null },
  settings: Settings<NodeAttrs, EdgeAttrs>,
): void {
  if (!data.label) return;
  ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  const x = data.x + data.size + 3;
  const y = data.y + settings.labelSize / 3;
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = '#1f2430';
  ctx.fillText(data.label, x, y);
}

export function renderSettings(edgeEvents: boolean): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  return {
    defaultEdgeType: 'arrow',
    edgeProgramClasses: {
      arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
    },
    renderEdgeLabels: true,
    enableEdgeEvents: edgeEvents,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '500',
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#3d4452' },
    labelDensity: 1,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    minEdgeThickness: 1,
    defaultDrawNodeLabel: drawLabel,
    stagePadding: 40,
    // A report can hide the frame after start (collapsed tab): resize to 0 must not throw.
    allowInvalidContainer: true,
  };
}

/** Sigma on an empty graph first (listeners attach before data arrives), reducers read `state`. */
export function createRenderer(
  container: HTMLElement,
  graph: KgGraph,
  state: RenderState,
): KgSigma {
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, renderSettings(true));
  renderer.setSetting('nodeReducer', (node, data) => {
    if (state.visibility.hiddenNodes.has(node)) return { ...data, hidden: true };
    const res: Partial<NodeAttrs> & {
      highlighted?: boolean;
      forceLabel?: boolean;
      zIndex?: number;
    } = { ...data };
    const focus = state.focus;
    if (focus && !focus.has(node)) {
      res.color = fade(data.color, 0.82);
      res.label = '';
      res.zIndex = 0;
    } else if (focus) {
      res.forceLabel = true;
      res.zIndex = 1;
    }
    if (node === state.selected) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (data.hiddenNeighbors > 0 && res.label) res.label = `${data.label} +${data.hiddenNeighbors}`;
    return res;
  });
  renderer.setSetting('edgeReducer', (edge, data) => {
    if (state.visibility.hiddenEdges.has(edge)) return { ...data, hidden: true };
    const res: Partial<EdgeAttrs> & { label?: string; forceLabel?: boolean; zIndex?: number } = {
      ...data,
    };
    const [s, t] = graph.extremities(edge);
    const hoverNode = state.hoveredNode;
    const lit =
      edge === state.hoveredEdge ||
      (hoverNode !== undefined && (s === hoverNode || t === hoverNode));
    if (lit) {
      res.label = relationLabel(data.relType, data.role);
      res.forceLabel = true;
      res.size = data.size + 1;
      res.zIndex = 1;
    } else if (hoverNode || (state.path && !state.path.edges.has(edge))) {
      res.color = fade(data.color, 0.85);
      res.zIndex = 0;
    } else if (state.path) {
      res.size = data.size + 1.5;
      res.zIndex = 1;
    }
    return res;
  });
  return renderer;
}

/** Call after changing hover or path, before refreshing. */
export function updateFocus(graph: KgGraph, state: RenderState): void {
  state.focus = focusNodes(graph, state);
}

function focusNodes(graph: KgGraph, state: RenderState): Set<string> | undefined {
  if (state.hoveredNode && graph.hasNode(state.hoveredNode)) {
    return new Set([state.hoveredNode, ...graph.neighbors(state.hoveredNode)]);
  }
  if (state.hoveredEdge && graph.hasEdge(state.hoveredEdge))
    return new Set(graph.extremities(state.hoveredEdge));
  return state.path?.nodes;
}

/** Animate the camera to a node. */
export async function focusCamera(renderer: KgSigma, node: string): Promise<void> {
  const d = renderer.getNodeDisplayData(node);
  if (!d) return;
  const camera = renderer.getCamera();
  // Small graphs are readable as a whole: pan only. Larger ones: zoom towards the actor.
  const order = renderer.getGraph().order;
  const ratio = order > 80 ? 0.3 : order > 30 ? 0.6 : 1;
  await camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, ratio) }, { duration: 600 });
}

export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}
