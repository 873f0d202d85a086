/** Neighbourhood, shortest paths and filtered subgraphs for the Neo4j adapter. */
import type {
  GraphFilter,
  GraphNode,
  NeighborhoodQuery,
  PathsQuery,
  Subgraph,
  SubgraphQuery,
} from '@kg/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { PathResult } from '../graph-store';
import { int, runRows, type Neo4jContext, type Row } from './neo4j-context';
import { edgesFrom } from './neo4j-reads';
import {
  EDGES_AMONG,
  ENTITIES_EXIST,
  NEIGHBOR_HOP,
  NODES_BY_IDS,
  SUBGRAPH_NODES,
  shortestPaths,
} from './statements';
import { toGraphEdge, toGraphNode, toNumber } from './to-app-value';

/** GraphFilter -> statement parameters; absent filters are null (see EDGE_FILTER). */
export function filterParams(filter: Partial<GraphFilter>): Row {
  const relationTypes = filter.relationTypes?.length ? filter.relationTypes : null;
  return {
    types: filter.types?.length ? filter.types : null,
    relationTypes,
    // Weak CO_MENTIONED edges need includeWeak, even when listed (as in the embedded store).
    excludeWeak: !filter.includeWeak,
    minConfidence: filter.minConfidence ?? 0,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

/**
 * Nodes (with degree and `hiddenNeighbors`: the node's relationships not drawn in the view, as
 * the embedded store counts them) and the filtered edges among them.
 */
async function assemble(
  tx: ManagedTransaction,
  ids: string[],
  params: Row,
  omittedNodes: number,
): Promise<Subgraph> {
  const rows = await runRows(tx, NODES_BY_IDS, { ids });
  const order = new Map(ids.map((id, i) => [id, i]));
  const nodes = rows
    .map((r) => toGraphNode(r.node as Row, r.degree))
    .filter((n): n is GraphNode => !!n)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const edges = edgesFrom(await runRows(tx, EDGES_AMONG, { ...params, ids }));
  return withHiddenCounts({ nodes, edges, omittedNodes });
}

/** Sets each node's `hiddenNeighbors`: its relationships (degree) not drawn among `edges`. */
function withHiddenCounts(view: Subgraph): Subgraph {
  const drawn = new Map<string, number>();
  for (const e of view.edges) {
    drawn.set(e.source, (drawn.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) drawn.set(e.target, (drawn.get(e.target) ?? 0) + 1);
  }
  for (const n of view.nodes)
    n.hiddenNeighbors = Math.max(0, (n.degree ?? 0) - (drawn.get(n.id) ?? 0));
  return view;
}

export async function neighborhood(
  ctx: Neo4jContext,
  id: string,
  query: NeighborhoodQuery,
): Promise<Subgraph | null> {
  const params = filterParams(query);
  return ctx.read('neighborhood', async (tx) => {
    if ((await runRows(tx, ENTITIES_EXIST, { ids: [id] })).length === 0) return null;
    const seen = [id];
    let frontier = [id];
    let omitted = 0;
    for (let hop = 0; hop < query.depth && frontier.length > 0; hop++) {
      const take = query.limit - seen.length;
      const [row] = await runRows(tx, NEIGHBOR_HOP, {
        ...params,
        frontier,
        seen,
        take: int(Math.max(0, take)),
      });
      const kept = Array.isArray(row?.kept) ? row.kept.map(String) : [];
      omitted += (toNumber(row?.total) ?? 0) - kept.length;
      seen.push(...kept);
      frontier = kept;
      // a full view stops the search: farther nodes could not be kept (omittedNodes is then
      // a lower bound, as in the embedded store)
      if (seen.length >= query.limit) break;
    }
    return assemble(tx, seen, params, omitted);
  });
}

export async function subgraph(
  ctx: Neo4jContext,
  query: SubgraphQuery & GraphFilter,
): Promise<Subgraph> {
  const params = filterParams(query);
  return ctx.read('subgraph', async (tx) => {
    const [row] = await runRows(tx, SUBGRAPH_NODES, { ...params, take: int(query.limit) });
    const kept = Array.isArray(row?.kept) ? row.kept.map(String) : [];
    return assemble(tx, kept, params, (toNumber(row?.total) ?? 0) - kept.length);
  });
}

export async function paths(ctx: Neo4jContext, query: PathsQuery): Promise<PathResult | null> {
  const relationTypes = query.relationTypes?.length ? query.relationTypes : null;
  // the path search's filter (weak edges only when listed), for the edges among path nodes
  const params = filterParams({
    relationTypes: relationTypes ?? undefined,
    includeWeak: relationTypes !== null,
  });
  return ctx.read('paths', async (tx) => {
    const found = await runRows(tx, ENTITIES_EXIST, { ids: [query.from, query.to] });
    const ids = new Set(found.map((r) => String(r.id)));
    if (!ids.has(query.from) || !ids.has(query.to)) return null;
    if (query.from === query.to) {
      return {
        paths: [{ nodes: [query.from], edges: [] }],
        subgraph: await assemble(tx, [query.from], params, 0),
      };
    }
    const rows = await runRows(tx, shortestPaths(query.maxHops), {
      from: query.from,
      to: query.to,
      relationTypes,
      limit: int(query.limit),
    });
    const result: PathResult['paths'] = rows.map((r) => ({
      nodes: (r.nodes as Row[]).map((n) => toGraphNode(n)?.id ?? ''),
      edges: (r.edges as Row[]).map((e) => toGraphEdge(e)?.id ?? ''),
    }));
    // no path: the two ends alone, as the embedded store answers
    const nodeIds = result.length ? result.flatMap((p) => p.nodes) : [query.from, query.to];
    const edgeIds = new Set(result.flatMap((p) => p.edges));
    const view = await assemble(tx, [...new Set(nodeIds)], params, 0);
    return {
      paths: result,
      subgraph: withHiddenCounts({ ...view, edges: view.edges.filter((e) => edgeIds.has(e.id)) }),
    };
  });
}
