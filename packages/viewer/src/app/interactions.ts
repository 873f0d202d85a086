import type { Controller } from './controller';
import { openRelation } from './relation-focus';
import { updateFocus } from './renderer';

/** Hover highlight, click to read, double-click to expand, drag to move a node. */
export function bindInteractions(ctl: Controller): void {
  const { renderer, graph, state } = ctl;
  let dragged: string | undefined;
  let moved = false;
  const redraw = () => {
    updateFocus(graph, state);
    renderer.refresh({ skipIndexation: true });
  };

  renderer.on('enterNode', ({ node }) => {
    state.hoveredNode = node;
    renderer.getContainer().style.cursor = 'pointer';
    redraw();
  });
  renderer.on('leaveNode', () => {
    state.hoveredNode = undefined;
    renderer.getContainer().style.cursor = '';
    redraw();
  });
  renderer.on('enterEdge', ({ edge }) => {
    state.hoveredEdge = edge;
    redraw();
  });
  renderer.on('leaveEdge', () => {
    state.hoveredEdge = undefined;
    redraw();
  });
  renderer.on('clickNode', ({ node, event }) => {
    const o = event.original as MouseEvent;
    // shift/ctrl/⌘-click picks actors for a multi-select merge (editor-control.ts)
    if (moved || o.shiftKey || o.ctrlKey || o.metaKey) return;
    void ctl.select(node, { camera: false }).catch((e: Error) => ctl.notify(e.message, 'error'));
  });
  renderer.on('clickEdge', ({ edge }) => {
    const [source] = graph.extremities(edge);
    void openRelation(ctl, edge, source).catch((e: Error) => ctl.notify(e.message, 'error'));
  });
  renderer.on('clickStage', () => {
    if (state.selected) ctl.deselect();
  });
  renderer.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    void ctl
      .expand(e.node)
      .then((n) =>
        ctl.notify(
          n
            ? `Added ${n} actor${n === 1 ? '' : 's'} around ${graph.getNodeAttribute(e.node, 'label')}`
            : 'No new actors',
        ),
      )
      .catch((err: Error) => ctl.notify(err.message, 'error'));
  });

  renderer.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    // The layout worker writes every position it computes: it would pull the node back.
    ctl.stopLayout();
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  renderer.on('moveBody', ({ event }) => {
    if (!dragged) return;
    moved = true;
    const pos = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y, fixed: true });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const up = () => {
    dragged = undefined;
    setTimeout(() => (moved = false), 0);
  };
  renderer.on('upNode', up);
  renderer.on('upStage', up);
  ctl.on('graph', () => renderer.setCustomBBox(null));
  ctl.on('layout', () => renderer.setCustomBBox(null));
}
