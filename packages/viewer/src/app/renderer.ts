import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Settings } from 'sigma/settings';
import { fade } from './colors';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph-state';
import type { Visibility } from './filter-state';
import { drawHover, drawLabel, forgetDrawnLabels } from './label-drawing';
import { relationLabel } from './relation-label';

export interface RenderState {
  hoveredNode?: string;
  hoveredEdge?: string;
  selected?: string;
  /** Actors picked for a multi-select merge: highlighted like the selected one. */
  multi?: Set<string>;
  path?: { nodes: Set<string>; edges: Set<string> };
  visibility: Visibility;
  /** Nodes kept bright (hover neighbourhood or path); recomputed by updateFocus. */
  focus?: Set<string>;
  /** Curved-edge programs registered (`enableCurves`); until then parallel edges draw straight. */
  curves?: boolean;
}

export type KgSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** What the reducers hand sigma (display data), one fixed shape each. */
interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: string;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}
interface EdgeDisplay {
  size: number;
  color: string;
  type: string;
  curvature: number;
  label: string;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export const LABEL_FONT =
  'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

type EdgePrograms = Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>>;

/**
 * Stands in for sigma's default `line` program, which no edge of ours uses: sigma compiles
 * every registered program before the first frame (twice with edge events: draw and picking).
 * It holds no edges, so it only needs the calls sigma makes on every program.
 */
class UnusedEdgeProgram {
  reallocate(): void {}
  render(): void {}
  kill(): void {}
}

const STRAIGHT_PROGRAMS: EdgePrograms = {
  arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
  line: UnusedEdgeProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
};
const CURVED_PROGRAMS: EdgePrograms = {
  ...STRAIGHT_PROGRAMS,
  curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
};

/**
 * Sigma settings. `curves`: register the curved-edge programs now; otherwise `enableCurves`
 * adds them later (each edge program is compiled twice with edge events: draw and picking).
 */
export function renderSettings(
  edgeEvents: boolean,
  curves = true,
): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  return {
    defaultEdgeType: 'arrow',
    edgeProgramClasses: curves ? CURVED_PROGRAMS : STRAIGHT_PROGRAMS,
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
    defaultDrawNodeHover: drawHover,
    stagePadding: 40,
    // A report can hide the frame after start (collapsed tab): resize to 0 must not throw.
    allowInvalidContainer: true,
  };
}

/**
 * Sigma on an empty graph first (listeners attach before data arrives), reducers read `state`.
 * The first frame draws parallel edges straight: the curved programs are compiled after it
 * (`enableCurves`), while the layout is still moving every node.
 */
export function createRenderer(
  container: HTMLElement,
  graph: KgGraph,
  state: RenderState,
): KgSigma {
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(
    graph,
    container,
    renderSettings(true, state.curves === true),
  );
  renderer.on('beforeRender', forgetDrawnLabels);
  // Reducers return small objects of one shape with every field sigma reads: its defaults
  // pass and program indexing stay on fast paths (our attribute objects are wide). They run for
  // every node and edge on each full refresh, the first frame included.
  renderer.setSetting('nodeReducer', (node, data) => {
    const out: NodeDisplay = {
      x: data.x,
      y: data.y,
      size: data.size,
      color: data.color,
      label: data.label,
      type: 'circle',
      hidden: false,
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
    };
    if (state.visibility.hiddenNodes.has(node)) {
      out.hidden = true;
      return out;
    }
    const focus = state.focus;
    if (focus && !focus.has(node)) {
      out.color = fade(data.color, 0.82);
      out.label = '';
    } else if (focus) {
      out.forceLabel = true;
      out.zIndex = 1;
    }
    if (node === state.selected || state.multi?.has(node)) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (data.hiddenNeighbors > 0 && out.label) out.label = `${data.label} +${data.hiddenNeighbors}`;
    return out as unknown as NodeAttrs;
  });
  renderer.setSetting('edgeReducer', (edge, data) => {
    const out: EdgeDisplay = {
      size: data.size,
      color: data.color,
      type: state.curves ? data.type : 'arrow',
      curvature: data.curvature,
      label: '',
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    };
    if (state.visibility.hiddenEdges.has(edge)) {
      out.hidden = true;
      return out as unknown as EdgeAttrs;
    }
    const hoverNode = state.hoveredNode;
    if (!hoverNode && !state.hoveredEdge && !state.path) return out as unknown as EdgeAttrs;
    let lit = edge === state.hoveredEdge;
    if (!lit && hoverNode !== undefined) {
      const [s, t] = graph.extremities(edge);
      lit = s === hoverNode || t === hoverNode;
    }
    if (lit) {
      out.label = relationLabel(data.relation.relType, data.relation.role);
      out.forceLabel = true;
      out.size = data.size + 1;
      out.zIndex = 1;
    } else if (hoverNode || (state.path && !state.path.edges.has(edge))) {
      out.color = fade(data.color, 0.85);
    } else if (state.path) {
      out.size = data.size + 1.5;
      out.zIndex = 1;
    }
    return out as unknown as EdgeAttrs;
  });
  return renderer;
}

/** Register the curved-edge programs (once); sigma then redraws with parallel edges curved. */
export function enableCurves(renderer: KgSigma, state: RenderState): void {
  if (state.curves) return;
  state.curves = true;
  renderer.setSetting('edgeProgramClasses', CURVED_PROGRAMS);
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
