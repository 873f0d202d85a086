import type { GraphStore } from '@kg/graph-store';
import { QuerySyntaxError } from '@kg/graph-store';
import type {
  DocumentText,
  EvidenceRow,
  ExtractionResult,
  GraphEdge,
  GraphNode,
  Subgraph,
} from '@kg/schema';

/**
 * Stand-in GraphStore over one ExtractionResult, used by the browser tests only while
 * @kg/graph-store's embedded adapter cannot be opened (it is built in parallel). The tests say
 * which store served them.
 */
export function createMemoryStore(result: ExtractionResult, texts: DocumentText[]): GraphStore {
  const nodes: GraphNode[] = result.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    iso3: e.iso3,
  }));
  const edges: GraphEdge[] = result.relations.map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    quadClass: r.quadClass,
    role: r.role,
    count: r.evidence.length,
    firstDate: r.date,
    lastDate: r.date,
    confidence: r.confidence,
    negated: r.negated,
  }));
  const degree = (id: string) => edges.filter((e) => e.source === id || e.target === id).length;
  nodes.forEach((n) => (n.degree = degree(n.id)));
  const docs = new Map(texts.map((t) => [t.id, t]));
  const sub = (ids: Set<string>): Subgraph => ({
    nodes: nodes.filter((n) => ids.has(n.id)),
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    omittedNodes: 0,
  });
  const neighbours = (id: string) =>
    new Set([
      id,
      ...edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])),
    ]);
  const no = async () => {
    throw new Error('memory store: not supported');
  };
  return {
    dialect: 'kuzu',
    ingest: no,
    deleteDocument: no,
    listDocuments: no,
    getDocument: async (id) => {
      const d = docs.get(id);
      return d ? { ...d, sentences: 0 } : null;
    },
    stats: async () => ({
      dialect: 'memory',
      documents: texts.length,
      entities: nodes.length,
      relations: edges.length,
      evidence: result.relations.reduce((s, r) => s + r.evidence.length, 0),
      entitiesByType: {},
      relationsByType: {},
      dateRange: {},
    }),
    search: async (q) =>
      nodes
        .filter((n) =>
          [n.name, ...n.aliases].some((s) => s.toLowerCase().includes(q.q.toLowerCase())),
        )
        .slice(0, q.limit)
        .map((n) => ({
          id: n.id,
          name: n.name,
          type: n.type,
          aliases: n.aliases,
          degree: n.degree ?? 0,
        })),
    getEntity: async (id) => {
      const entity = nodes.find((n) => n.id === id);
      if (!entity) return null;
      const roles = edges
        .filter((e) => e.source === id && e.type === 'HOLDS_ROLE')
        .map((e) => ({ role: e.role ?? 'role', of: e.target }));
      return {
        entity,
        roles,
        mentions: [],
        documents: [],
        relations: edges.filter((e) => e.source === id || e.target === id),
      };
    },
    neighborhood: async (id) => (nodes.some((n) => n.id === id) ? sub(neighbours(id)) : null),
    paths: async (q) => {
      const prev = new Map<string, string>([[q.from, '']]);
      const queue = [q.from];
      while (queue.length) {
        const cur = queue.shift()!;
        for (const n of neighbours(cur)) {
          if (prev.has(n)) continue;
          prev.set(n, cur);
          queue.push(n);
        }
      }
      if (!prev.has(q.to))
        return { paths: [], subgraph: { nodes: [], edges: [], omittedNodes: 0 } };
      const path = [q.to];
      while (path[0] !== q.from) path.unshift(prev.get(path[0])!);
      const pathEdges = path
        .slice(1)
        .map(
          (t, i) =>
            edges.find(
              (e) =>
                (e.source === path[i] && e.target === t) ||
                (e.target === path[i] && e.source === t),
            )!.id,
        );
      return { paths: [{ nodes: path, edges: pathEdges }], subgraph: sub(new Set(path)) };
    },
    subgraph: async () => sub(new Set(nodes.map((n) => n.id))),
    evidence: async (relId) => {
      const r = result.relations.find((x) => x.id === relId);
      if (!r) return null;
      return r.evidence.map((e): EvidenceRow => {
        const d = docs.get(e.docId);
        return {
          relationId: relId,
          docId: e.docId,
          docTitle: d?.title,
          docDate: d?.date,
          docSource: d?.source,
          sentence: e.sentence,
          start: e.start,
          end: e.end,
          text: e.text,
          date: e.date,
          highlights: e.highlights ?? [],
        };
      });
    },
    runUserQuery: async (query) => {
      if (!/^\s*MATCH/i.test(query))
        throw new QuerySyntaxError(
          'memory',
          `Parser exception: extraneous input at "${query.slice(0, 20)}"`,
        );
      return {
        columns: ['n.name'],
        rows: nodes.map((n) => [n.name]),
        truncated: false,
        dialect: 'kuzu',
        nodes,
        edges,
        elapsedMs: 1,
      };
    },
    exportAll: async () => sub(new Set(nodes.map((n) => n.id))),
    ping: async () => true,
    close: async () => undefined,
  };
}
