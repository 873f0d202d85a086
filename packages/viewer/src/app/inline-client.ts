import type { EntityDetail, EvidenceRow, SavedView, Subgraph } from '@kg/schema';
import { ApiClientError, type ApiClient } from './api-client';
import * as g from './schema/guard';
import { EvidenceRowGuard, SavedViewGuard, SubgraphGuard } from './schema/responses';

export interface InlineData {
  subgraph: Subgraph;
  evidence: Record<string, EvidenceRow[]>;
  title?: string;
  /** The saved view (state, pinned positions, title, caption) the file was exported from. */
  view?: SavedView;
}

export const InlineDataGuard: g.Guard<InlineData> = g.obj({
  subgraph: SubgraphGuard,
  evidence: g.withDefault(g.rec(g.str(), g.arr(EvidenceRowGuard)), () => ({})),
  title: g.opt(g.str()),
  view: g.opt(SavedViewGuard),
});

export const INLINE_DATA_ID = 'kg-inline-data';

function unavailable(what: string): Promise<never> {
  return Promise.reject(
    new ApiClientError(`${what} needs the live server; this file is a static export`, 'offline'),
  );
}

/** The same ApiClient answered from data inlined in a standalone HTML file (works from file://). */
export function createInlineClient(data: InlineData): ApiClient {
  const { nodes, edges } = data.subgraph;
  // Built on first use (search, entity detail): opening the file does not wait for them.
  let index: { byId: Map<string, Subgraph['nodes'][number]>; degree: Map<string, number> };
  const indexed = () => {
    if (index) return index;
    const degree = new Map<string, number>();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    return (index = { byId: new Map(nodes.map((n) => [n.id, n])), degree });
  };

  const neighbourhood = (id: string): Subgraph => {
    const es = edges.filter((e) => e.source === id || e.target === id);
    const ids = new Set([id, ...es.flatMap((e) => [e.source, e.target])]);
    return { nodes: nodes.filter((n) => ids.has(n.id)), edges: es, omittedNodes: 0 };
  };

  return {
    offline: true,
    stats: async () => ({
      dialect: 'static export',
      documents: new Set(
        Object.values(data.evidence)
          .flat()
          .map((r) => r.docId),
      ).size,
      entities: nodes.length,
      relations: edges.length,
      evidence: Object.values(data.evidence).reduce((s, r) => s + r.length, 0),
      entitiesByType: {},
      relationsByType: {},
      dateRange: {},
    }),
    search: async (q, limit = 10) => {
      const needle = q.trim().toLowerCase();
      const { degree } = indexed();
      return nodes
        .map((n) => {
          const names = [n.name, ...n.aliases].map((s) => s.toLowerCase());
          const score = names.some((s) => s.startsWith(needle))
            ? 2
            : names.some((s) => s.includes(needle))
              ? 1
              : 0;
          return { n, score };
        })
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || (degree.get(b.n.id) ?? 0) - (degree.get(a.n.id) ?? 0))
        .slice(0, limit)
        .map(({ n, score }) => ({
          id: n.id,
          name: n.name,
          type: n.type,
          aliases: n.aliases,
          degree: degree.get(n.id) ?? 0,
          score,
        }));
    },
    entity: async (id): Promise<EntityDetail> => {
      const entity = indexed().byId.get(id);
      if (!entity) throw new ApiClientError(`no entity ${id}`, 'not_found', 404);
      return { entity, roles: [], mentions: [], documents: [], relations: neighbourhood(id).edges };
    },
    neighborhood: async (id) => {
      if (!indexed().byId.has(id)) throw new ApiClientError(`no entity ${id}`, 'not_found', 404);
      return neighbourhood(id);
    },
    subgraph: async () => data.subgraph,
    paths: () => unavailable('Path finding'),
    evidence: async (relationId) => ({ evidence: data.evidence[relationId] ?? [] }),
    cypher: () => unavailable('The Cypher console'),
    listViews: async () => [],
    getView: () => unavailable('Saved views'),
    saveView: () => unavailable('Saving views'),
    exportUrl: () => undefined,
  };
}

/** Data inlined by renderStandaloneHtml, if this page is a standalone export. */
export function readInlineData(doc: Document): InlineData | undefined {
  const el = doc.getElementById(INLINE_DATA_ID);
  if (!el?.textContent) return undefined;
  const res = g.safeParse(InlineDataGuard, JSON.parse(el.textContent));
  if (!res.success)
    throw new Error(
      `inlined data is invalid at ${res.error.path || '(root)'}: ${res.error.message}`,
    );
  return res.data;
}
