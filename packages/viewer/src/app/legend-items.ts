import type { QuadClass } from '@kg/schema';
import { QUAD_CLASS_LABELS } from '@kg/schema/constants';
import {
  QUAD_CLASS_COLORS,
  STRUCTURAL_EDGE_COLOR,
  WEAK_EDGE_COLOR,
  communityColor,
  entityTypeColor,
} from './colors';
import type { Visibility } from './filter-state';
import type { KgGraph } from './graph-state';
import type { ColorMode } from './url-state';

export interface LegendItem {
  kind: 'node' | 'edge';
  color: string;
  label: string;
  count: number;
}

/**
 * What the legend shows for the current graph: only kinds that are present, with counts;
 * with `visibility`, only what the filters leave visible (exports).
 */
export function legendItems(
  graph: KgGraph,
  mode: ColorMode,
  visibility?: Visibility,
): LegendItem[] {
  const nodeCounts = new Map<string, number>();
  graph.forEachNode((n, a) => {
    if (visibility?.hiddenNodes.has(n)) return;
    const key = mode === 'community' ? `Community ${(a.community ?? 0) + 1}` : a.entityType;
    nodeCounts.set(key, (nodeCounts.get(key) ?? 0) + 1);
  });
  const nodes: LegendItem[] = [...nodeCounts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 12)
    .map(([label, count]) => ({
      kind: 'node',
      label,
      count,
      color:
        mode === 'community'
          ? communityColor(Number(label.split(' ')[1]) - 1)
          : entityTypeColor(label),
    }));
  const edgeCounts = new Map<string, number>();
  graph.forEachEdge((e, a, s, t) => {
    const hidden =
      visibility &&
      (visibility.hiddenEdges.has(e) ||
        visibility.hiddenNodes.has(s) ||
        visibility.hiddenNodes.has(t));
    if (hidden) return;
    const { relType, quadClass } = a.relation;
    const key = relType === 'CO_MENTIONED' ? 'weak' : quadClass ? String(quadClass) : 'structural';
    edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  });
  const edges: LegendItem[] = [];
  for (const qc of [1, 2, 3, 4] as QuadClass[]) {
    const count = edgeCounts.get(String(qc));
    if (count)
      edges.push({
        kind: 'edge',
        label: QUAD_CLASS_LABELS[qc],
        color: QUAD_CLASS_COLORS[qc],
        count,
      });
  }
  const structural = edgeCounts.get('structural');
  if (structural)
    edges.push({
      kind: 'edge',
      label: 'Structural (role, membership…)',
      color: STRUCTURAL_EDGE_COLOR,
      count: structural,
    });
  const weak = edgeCounts.get('weak');
  if (weak)
    edges.push({ kind: 'edge', label: 'Co-mentioned (weak)', color: WEAK_EDGE_COLOR, count: weak });
  return [...nodes, ...edges];
}
