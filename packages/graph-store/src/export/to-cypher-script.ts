/**
 * A cypher-shell script that rebuilds a subgraph in Neo4j with the adapter's model: the
 * :Entity id constraint, entities MERGEd by id with their type label (and the folded names the
 * adapter searches), relationships MERGEd per (source, type, target) with their properties. Labels and types come only from the schema
 * enums; every value is a literal escaped by cypherString. Run: `cypher-shell -f graph.cypher`.
 */
import type { GraphEdge, GraphNode, Subgraph } from '@kg/schema';
import { foldedNames, searchTextOf } from '../neo4j/fold-text';
import { entityLabel, relationType } from '../neo4j/statements';
import { connectedEdges } from './build-graph';
import { cypherMap } from './cypher-literal';

export const DEFAULT_SCRIPT_BATCH = 500;
const FLOATS = new Set(['confidence']);

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Entity properties as the Neo4j adapter writes them (see neo4j/ingest-plan.ts entityRow). */
function nodeRow(n: GraphNode) {
  const { foldedName, foldedAliases } = foldedNames(n.name, n.aliases);
  const searchText = searchTextOf(foldedName, foldedAliases);
  return {
    id: n.id,
    name: n.name,
    aliases: n.aliases,
    iso3: n.iso3,
    foldedName,
    foldedAliases,
    searchText,
  };
}

function edgeRow(e: GraphEdge) {
  return {
    source: e.source,
    target: e.target,
    id: e.id,
    count: e.count,
    confidence: e.confidence,
    cameo: e.cameo,
    quadClass: e.quadClass,
    role: e.role,
    firstDate: e.firstDate,
    lastDate: e.lastDate,
    negated: e.negated,
  };
}

export function toCypherScript(subgraph: Subgraph, batch = DEFAULT_SCRIPT_BATCH): string {
  const edges = connectedEdges(subgraph);
  const out = [
    `// kg-news graph export: ${subgraph.nodes.length} entities, ${edges.length} relationships`,
    '// Run with: cypher-shell -a neo4j://HOST -u USER -f this-file.cypher',
    'CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  ];
  for (const [type, nodes] of groupBy(subgraph.nodes, (n) => n.type)) {
    const label = entityLabel(type);
    for (const part of chunks(nodes, batch)) {
      out.push(
        `UNWIND [\n  ${part.map((n) => cypherMap(nodeRow(n))).join(',\n  ')}\n] AS row\n` +
          `MERGE (n:Entity {id: row.id})\nSET n:${label}, n.name = row.name, n.aliases = row.aliases, n.iso3 = row.iso3,\n` +
          '  n.foldedName = row.foldedName, n.foldedAliases = row.foldedAliases, n.searchText = row.searchText;',
      );
    }
  }
  for (const [type, group] of groupBy(edges, (e) => e.type)) {
    const relType = relationType(type);
    for (const part of chunks(group, batch)) {
      out.push(
        `UNWIND [\n  ${part.map((e) => cypherMap(edgeRow(e), FLOATS)).join(',\n  ')}\n] AS row\n` +
          'MATCH (s:Entity {id: row.source})\nMATCH (t:Entity {id: row.target})\n' +
          `MERGE (s)-[r:${relType}]->(t)\n` +
          'SET r.id = row.id, r.source = row.source, r.target = row.target, r.count = row.count,\n' +
          '  r.confidence = row.confidence, r.cameo = row.cameo, r.quadClass = row.quadClass, r.role = row.role,\n' +
          '  r.firstDate = row.firstDate, r.lastDate = row.lastDate, r.negated = row.negated;',
      );
    }
  }
  return `${out.join('\n')}\n`;
}
