/** Neighbourhood, shortest paths and filtered subgraphs for the Neo4j adapter. */
import type {
  GraphEdge,
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
import { edgesFrom, nodesFrom } from './neo4j-reads';
import {
  EDGES_AMONG,
  ENTITIES_EXIST,
  NEIGHBOR_HOP,
  NODES_BY_IDS,
  NODES_WITH_HIDDEN,
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
    // Weak CO_MENTIONED edges need includeWeak, unless asked for by name.
    excludeWeak: !filter.includeWeak && !(relationTypes ?? []).includes('CO_MENTIONED'),
    minConfidence: filter.minConfidence ?? 0,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

/** Nodes (with degree and hidden neighbours) and the filtered edges among them. */
async function assemble(
  tx: ManagedTransaction,
  ids: string[],
  params: Row,
  omittedNodes: number,
): Promise<Subgraph> {
  const rows = await runRows(tx, NODES_WITH_HIDDEN, { ...params, ids });
  const order = new Map(ids.map((id, i) => [id, i]));
  const nodes = rows
    .map((r) => {
      const node = toGraphNode(r.node as Row, r.degree);
      if (node) node.hiddenNeighbors = toNumber(r.hidden) ?? 0;
      return node;
    })
    .filter((n): n is GraphNode => !!n)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const edges = edgesFrom(await runRows(tx, EDGES_AMONG, { ...params, ids }));
  return { nodes, edges, omittedNodes };
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
    }
    return assemble(tx, seen, params, omitted);
  });
}

export async function subgraph(
  ctx: Neo4jContext,
  query: SubgraphQuery & GraphFilter,
): Promise<Subgraph> {
  const params = filterParams(query);
  const keepIsolated =
    !params.relationTypes && !params.from && !params.to && !(query.minConfidence > 0);
  return ctx.read('subgraph', async (tx) => {
    const [row] = await runRows(tx, SUBGRAPH_NODES, {
      ...params,
      keepIsolated,
      take: int(query.limit),
    });
    const kept = Array.isArray(row?.kept) ? row.kept.map(String) : [];
    return assemble(tx, kept, params, (toNumber(row?.total) ?? 0) - kept.length);
  });
}

export async function paths(ctx: Neo4jContext, query: PathsQuery): Promise<PathResult | null> {
  const relationTypes = query.relationTypes?.length ? query.relationTypes : null;
  return ctx.read('paths', async (tx) => {
    const found = await runRows(tx, ENTITIES_EXIST, { ids: [query.from, query.to] });
    const ids = new Set(found.map((r) => String(r.id)));
    if (!ids.has(query.from) || !ids.has(query.to)) return null;
    if (query.from === query.to) {
      const nodes = nodesFrom(await runRows(tx, NODES_BY_IDS, { ids: [query.from] }));
      return {
        paths: [{ nodes: [query.from], edges: [] }],
        subgraph: { nodes, edges: [], omittedNodes: 0 },
      };
    }
    const rows = await runRows(tx, shortestPaths(query.maxHops), {
      from: query.from,
      to: query.to,
      relationTypes,
      limit: int(query.limit),
    });
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    const result: PathResult['paths'] = [];
    for (const r of rows) {
      const pathNodes = (r.nodes as Row[])
        .map((n) => toGraphNode(n))
        .filter((n): n is GraphNode => !!n);
      const pathEdges = (r.edges as Row[])
        .map((e) => toGraphEdge(e))
        .filter((e): e is GraphEdge => !!e);
      for (const n of pathNodes) nodes.set(n.id, n);
      for (const e of pathEdges) edges.set(e.id, e);
      result.push({ nodes: pathNodes.map((n) => n.id), edges: pathEdges.map((e) => e.id) });
    }
    return {
      paths: result,
      subgraph: { nodes: [...nodes.values()], edges: [...edges.values()], omittedNodes: 0 },
    };
  });
}
