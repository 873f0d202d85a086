/**
 * Helpers of store-parity.neo4j.test.ts: the articles as `kg ingest` extracts them, a
 * deterministic sample of actors, search queries derived from their names, and normal forms
 * of store answers that drop the order wherever the GraphStore API does not define one.
 */
import { resolve } from 'node:path';
import { createExtractor, readInputs } from '@kg/extractor';
import type { PathResult } from '@kg/graph-store';
import {
  type DocumentText,
  type EntityDetail,
  type ExtractionResult,
  type GraphNode,
  type Subgraph,
} from '@kg/schema';

export const ARTICLES = resolve(import.meta.dirname, '../../../../data/articles');

/** `kg ingest data/articles`: the same reader, extractor and (default) options. */
export async function extractArticles(): Promise<{
  result: ExtractionResult;
  texts: DocumentText[];
}> {
  const { inputs, failures } = await readInputs([ARTICLES]);
  const out = createExtractor().extract(inputs);
  const problems = [...failures, ...out.failures];
  if (problems.length > 0 || inputs.length === 0)
    throw new Error(`cannot extract ${ARTICLES}: ${JSON.stringify(problems)}`);
  return { result: out.result, texts: out.texts };
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const byJson = (a: unknown, b: unknown): number => {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};
/** A copy sorted by a stable key: for lists whose order the API leaves open. */
export const unordered = <T>(xs: readonly T[]): T[] => [...xs].sort(byJson);

/** Evenly spaced picks (first and last included) of `k` items. */
function spread<T>(xs: T[], k: number): T[] {
  if (xs.length <= k) return xs;
  return Array.from({ length: k }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (k - 1))]);
}

/**
 * ~`size` actors: the most connected third, then leaves (degree 1), middling degrees and
 * unconnected entities spread over the id order.
 */
export function sampleActors(nodes: GraphNode[], size = 15): string[] {
  const ranked = [...nodes].sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0) || byId(a, b));
  const deg = (n: GraphNode) => n.degree ?? 0;
  const picks = [
    ...ranked.slice(0, Math.ceil(size / 3)),
    ...spread(ranked.filter((n) => deg(n) === 1).sort(byId), Math.ceil(size / 3)),
    ...spread(ranked.filter((n) => deg(n) > 1).slice(Math.ceil(size / 3)), 3),
    ...spread(ranked.filter((n) => deg(n) === 0).sort(byId), 2),
  ];
  return [...new Set(picks.map((n) => n.id))].slice(0, size);
}

/** Search strings from actor names: prefix, substring, typos, lower case, alias. */
export function searchQueries(nodes: GraphNode[], actors: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const id of actors) {
    const n = nodes.find((x) => x.id === id);
    if (!n) continue;
    const name = n.name;
    const word = name.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    out.push(['prefix', name.slice(0, Math.min(4, name.length))]);
    if (word.length >= 5) out.push(['substring', word.slice(1, -1)]);
    if (name.length >= 5) {
      const i = Math.floor(name.length / 2);
      out.push(['typo', `${name.slice(0, i)}${name[i] === 'x' ? 'q' : 'x'}${name.slice(i + 1)}`]);
    }
    if (word.length >= 6)
      out.push(['two typos in a word', `${word.slice(0, 2)}x${word[3]}q${word.slice(5)}`]);
    out.push(['lower case', name.toLowerCase()]);
    if (n.aliases[0]) out.push(['alias', n.aliases[0]]);
  }
  return out;
}

/** A subgraph with its lists sorted (`hiddenNeighbors` compared exactly). */
export function normSubgraph(g: Subgraph | null): unknown {
  if (!g) return g;
  return {
    nodes: [...g.nodes].sort(byId),
    edges: [...g.edges].sort(byId),
    omittedNodes: g.omittedNodes,
  };
}

export function normPaths(r: PathResult | null): unknown {
  return r && { paths: unordered(r.paths), subgraph: normSubgraph(r.subgraph) };
}

export function normEntity(d: EntityDetail | null): unknown {
  if (!d) return d;
  return {
    entity: d.entity,
    roles: unordered(d.roles),
    mentions: unordered(d.mentions),
    documents: [...d.documents].sort(byId),
    relations: [...d.relations].sort(byId),
  };
}
