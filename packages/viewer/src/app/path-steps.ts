import type { GraphEdge, GraphNode } from '@kg/schema';

export interface PathStep {
  edge: string;
  relType: string;
  /** The relation points from this step's first actor to its second. */
  forward: boolean;
  from: string;
  to: string;
}

export interface NamedPath {
  key: string;
  nodes: string[];
  steps: PathStep[];
}

/**
 * Paths as the list shows them: each step with its relation and direction, duplicates (same
 * relations in the same order) dropped; paths through the same actors by other relations stay,
 * as alternatives. A path naming an edge the subgraph lacks is skipped.
 */
export function describePaths(
  paths: Array<{ nodes: string[]; edges: string[] }>,
  sub: { nodes: GraphNode[]; edges: GraphEdge[] },
): NamedPath[] {
  const edges = new Map(sub.edges.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const out: NamedPath[] = [];
  for (const p of paths) {
    const key = `${p.nodes.join('|')}#${p.edges.join('|')}`;
    if (seen.has(key) || p.edges.length !== p.nodes.length - 1) continue;
    const steps: PathStep[] = [];
    for (const [i, id] of p.edges.entries()) {
      const e = edges.get(id);
      if (!e) break;
      const [from, to] = [p.nodes[i], p.nodes[i + 1]];
      steps.push({ edge: id, relType: e.type, forward: e.source === from, from, to });
    }
    if (steps.length !== p.edges.length) continue;
    seen.add(key);
    out.push({ key, nodes: p.nodes, steps });
  }
  return out;
}

/** `—SANCTIONS→` for a relation along the path, `←SANCTIONS—` for one against it. */
export function stepArrow(step: Pick<PathStep, 'relType' | 'forward'>): string {
  return step.forward ? `—${step.relType}→` : `←${step.relType}—`;
}
