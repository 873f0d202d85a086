/**
 * Driver values -> app values, at the adapter edge: Integer -> number, temporal -> ISO string,
 * Node/Relationship/Path -> the app's nodes and edges keyed by the app's string ids (never
 * Neo4j's internal id or elementId).
 */
import neo4j from 'neo4j-driver';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type GraphEdge,
  type GraphNode,
  type QuadClass,
  type RelationType,
} from '@kg/schema';

/** Integer (or number) -> number; integers outside the safe range become strings elsewhere. */
export function toNumber(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function entityTypeOf(labels: unknown): EntityType | undefined {
  if (!Array.isArray(labels)) return undefined;
  return ENTITY_TYPES.find((t) => labels.includes(t));
}

/** A projected entity map `{ id, name, aliases, iso3, labels }` -> GraphNode (or undefined). */
export function toGraphNode(map: Record<string, unknown>, degree?: unknown): GraphNode | undefined {
  const type = entityTypeOf(map.labels);
  if (!type || typeof map.id !== 'string') return undefined;
  const name = optionalString(map.name) ?? map.id;
  const node: GraphNode = {
    id: map.id,
    name,
    type,
    // the name is not an alias of itself (the embedded store drops it too)
    aliases: Array.isArray(map.aliases)
      ? map.aliases.filter((a): a is string => typeof a === 'string' && a !== name)
      : [],
  };
  const iso3 = optionalString(map.iso3);
  if (iso3) node.iso3 = iso3;
  const d = toNumber(degree);
  if (d !== undefined) node.degree = d;
  return node;
}

/** A projected relationship map (properties plus `type`) -> GraphEdge (or undefined). */
export function toGraphEdge(map: Record<string, unknown>): GraphEdge | undefined {
  const type = map.type;
  if (typeof type !== 'string' || !(RELATION_TYPES as readonly string[]).includes(type))
    return undefined;
  if (typeof map.source !== 'string' || typeof map.target !== 'string') return undefined;
  const edge: GraphEdge = {
    id: optionalString(map.id) ?? `${map.source}__${type}__${map.target}`,
    source: map.source,
    target: map.target,
    type: type as RelationType,
    count: toNumber(map.count) ?? 0,
    confidence: toNumber(map.confidence) ?? 0,
  };
  const cameo = optionalString(map.cameo);
  if (cameo) edge.cameo = cameo;
  const quadClass = toNumber(map.quadClass);
  if (quadClass === 1 || quadClass === 2 || quadClass === 3 || quadClass === 4)
    edge.quadClass = quadClass as QuadClass;
  const role = optionalString(map.role);
  if (role) edge.role = role;
  const firstDate = optionalString(map.firstDate);
  if (firstDate) edge.firstDate = firstDate;
  const lastDate = optionalString(map.lastDate);
  if (lastDate) edge.lastDate = lastDate;
  if (typeof map.negated === 'boolean') edge.negated = map.negated;
  return edge;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/** Converts result values and remembers the app nodes/edges met on the way (for drawing). */
export function createValueConverter() {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();

  function convert(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (neo4j.isInt(value)) {
      return neo4j.integer.inSafeRange(value)
        ? neo4j.integer.toNumber(value)
        : neo4j.integer.toString(value);
    }
    if (typeof value === 'bigint')
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    if (isTemporal(value)) return String(value);
    if (neo4j.isPoint(value)) {
      const p = value as { srid: unknown; x: number; y: number; z?: number };
      return p.z === undefined
        ? { srid: toNumber(p.srid), x: p.x, y: p.y }
        : { srid: toNumber(p.srid), x: p.x, y: p.y, z: p.z };
    }
    if (neo4j.graph.isNode(value)) return convertNode(value);
    if (neo4j.graph.isRelationship(value)) return convertRelationship(value);
    if (neo4j.graph.isPath(value)) {
      const first = convert(value.start);
      return {
        nodes: [first, ...value.segments.map((s) => convert(s.end))],
        edges: value.segments.map((s) => convert(s.relationship)),
      };
    }
    if (Array.isArray(value)) return value.map(convert);
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
    if (typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  }

  function properties(props: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, convert(v)]));
  }

  function convertNode(node: { labels: string[]; properties: Record<string, unknown> }): unknown {
    const graphNode = toGraphNode({ ...node.properties, labels: node.labels });
    if (graphNode) {
      nodes.set(graphNode.id, graphNode);
      return graphNode;
    }
    return { labels: [...node.labels], properties: properties(node.properties) };
  }

  function convertRelationship(rel: {
    type: string;
    properties: Record<string, unknown>;
  }): unknown {
    const edge = toGraphEdge({ ...rel.properties, type: rel.type });
    if (edge) {
      edges.set(edge.id, edge);
      return edge;
    }
    return { type: rel.type, properties: properties(rel.properties) };
  }

  return {
    convert,
    nodes: () => [...nodes.values()],
    edges: () => [...edges.values()],
  };
}
