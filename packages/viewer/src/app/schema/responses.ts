import type {
  CypherResult,
  EntityDetail,
  EvidenceRow,
  GraphEdge,
  GraphNode,
  SavedView,
  SavedViewRecord,
  SavedViewSummary,
  SearchResult,
  Stats,
  Subgraph,
} from '@kg/schema';
import {
  ENTITY_TYPES,
  MAX_VIEW_EXPANDED,
  MODALITIES,
  RELATION_TYPES,
  VIEW_PANELS,
} from '@kg/schema/constants';
import * as g from './guard';
import type { Guard } from './guard';

/*
 * The @kg/schema response schemas the viewer reads, as guards (no zod in the bundle).
 * responses.test.ts runs the full zod schemas and these on the same samples and mutations:
 * same verdicts, same output. Each guard is typed against the @kg/schema type it mirrors.
 */

const calendarDay = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const isoShape = g.str(0, Infinity, /^\d{4}-\d{2}-\d{2}$/);
/** Dates repeat across thousands of edges: remember the valid ones (bounded). */
const validDates = new Set<string>();
export const isoDate: Guard<string> = (v) => {
  if (typeof v === 'string' && validDates.has(v)) return v;
  const s = isoShape(v);
  if (!calendarDay(s)) throw new g.GuardError('', 'expected a real calendar date');
  if (validDates.size < 20_000) validDates.add(s);
  return s;
};
const optDate = g.opt(isoDate);
const optStr = g.opt(g.str());
/** zod `.trim().min().max()`: the trimmed text is checked and returned. */
const trimmed =
  (min: number, max: number): Guard<string> =>
  (v) =>
    g.str(min, max)(g.str()(v).trim());

export const GraphNodeGuard: Guard<GraphNode> = g.obj({
  id: g.str(),
  name: g.str(),
  type: g.oneOf(ENTITY_TYPES),
  aliases: g.arr(g.str()),
  iso3: optStr,
  degree: g.opt(g.count),
  hiddenNeighbors: g.opt(g.count),
});

export const GraphEdgeGuard: Guard<GraphEdge> = g.obj({
  id: g.str(),
  source: g.str(),
  target: g.str(),
  type: g.oneOf(RELATION_TYPES),
  cameo: optStr,
  quadClass: g.opt(g.oneOf([1, 2, 3, 4] as const)),
  role: optStr,
  count: g.count,
  firstDate: optDate,
  lastDate: optDate,
  confidence: g.num(0, 1),
  negated: g.opt(g.bool),
});

export const SubgraphGuard: Guard<Subgraph> = g.obj({
  nodes: g.arr(GraphNodeGuard),
  edges: g.arr(GraphEdgeGuard),
  omittedNodes: g.withDefault(g.count, () => 0),
});

const HighlightGuard = g.obj({
  start: g.count,
  end: g.count,
  role: g.oneOf(['source', 'target', 'trigger'] as const),
});

export const EvidenceRowGuard: Guard<EvidenceRow> = g.obj({
  relationId: g.str(),
  docId: g.str(),
  docTitle: optStr,
  docDate: optDate,
  docSource: optStr,
  sentence: g.count,
  start: g.count,
  end: g.count,
  text: g.str(),
  date: optDate,
  highlights: g.arr(HighlightGuard),
  modality: g.opt(g.oneOf(MODALITIES)),
  claimant: optStr,
  outlets: g.opt(g.arr(g.obj({ docId: g.str(), source: optStr, title: optStr, date: optDate }))),
});

export const EntityDetailGuard: Guard<EntityDetail> = g.obj({
  entity: GraphNodeGuard,
  roles: g.arr(g.obj({ role: g.str(), of: optStr, since: optDate, until: optDate })),
  mentions: g.arr(
    g.obj({
      docId: g.str(),
      start: g.count,
      end: g.count,
      text: g.str(),
      kind: g.oneOf(['name', 'alias', 'demonym', 'pronoun', 'nominal'] as const),
      sentence: g.opt(g.count),
    }),
  ),
  documents: g.arr(
    g.obj({ id: g.str(1), title: optStr, date: optDate, source: optStr, sentences: g.count }),
  ),
  relations: g.arr(GraphEdgeGuard),
});

export const SearchResponseGuard: Guard<{ results: SearchResult[] }> = g.obj({
  results: g.arr(
    g.obj({
      id: g.str(),
      name: g.str(),
      type: g.oneOf(ENTITY_TYPES),
      aliases: g.arr(g.str()),
      degree: g.count,
      score: g.opt(g.num()),
    }),
  ),
});

export const StatsGuard: Guard<Stats> = g.obj({
  dialect: g.str(),
  documents: g.count,
  entities: g.count,
  relations: g.count,
  evidence: g.count,
  entitiesByType: g.rec(g.str(), g.count),
  relationsByType: g.rec(g.str(), g.count),
  dateRange: g.obj({ min: optDate, max: optDate }),
});

export const CypherResultGuard: Guard<CypherResult> = g.obj({
  columns: g.arr(g.str()),
  rows: g.arr(g.arr(g.unknown)),
  truncated: g.bool,
  dialect: g.str(),
  nodes: g.arr(GraphNodeGuard),
  edges: g.arr(GraphEdgeGuard),
  elapsedMs: g.num(0),
});

export const EvidenceResponseGuard: Guard<{ relation?: GraphEdge; evidence: EvidenceRow[] }> =
  g.obj({ relation: g.opt(GraphEdgeGuard), evidence: g.arr(EvidenceRowGuard) });

export const PathsResponseGuard = g.obj({
  paths: g.arr(g.obj({ nodes: g.arr(g.str()), edges: g.arr(g.str()) })),
  subgraph: SubgraphGuard,
});
export type PathsResponse = ReturnType<typeof PathsResponseGuard>;

const ViewStateGuard: Guard<SavedView['state']> = g.obj(
  {
    focus: g.opt(g.str(1, 200)),
    depth: g.opt(g.num(1, 3, { int: true })),
    types: g.opt(g.arr(g.oneOf(ENTITY_TYPES), ENTITY_TYPES.length)),
    relationTypes: g.opt(g.arr(g.oneOf(RELATION_TYPES), RELATION_TYPES.length)),
    from: optDate,
    to: optDate,
    minConfidence: g.opt(g.num(0, 1)),
    hideIsolated: g.opt(g.bool),
    query: g.opt(g.str(0, 20_000)),
    camera: g.opt(g.obj({ x: g.num(), y: g.num(), ratio: g.num(0, 1000, { positive: true }) })),
    sizeMode: g.opt(g.oneOf(['degree', 'pagerank'] as const)),
    colorMode: g.opt(g.oneOf(['type', 'community'] as const)),
    labelDensity: g.opt(g.num(0, 5)),
    title: g.opt(g.str(0, 200)),
    caption: g.opt(g.str(0, 1000)),
    expanded: g.opt(g.arr(g.str(1, 200), MAX_VIEW_EXPANDED)),
    selected: g.opt(g.str(0, 200)),
    panels: g.opt(g.arr(g.oneOf(VIEW_PANELS), VIEW_PANELS.length)),
  },
  true,
);

const savedViewShape = {
  name: trimmed(1, 200),
  state: ViewStateGuard,
  positions: g.opt(g.rec(g.str(1, 200), g.tuple(g.num(), g.num()), 5000)),
  title: g.opt(g.str(0, 200)),
  caption: g.opt(g.str(0, 1000)),
};
const viewId = g.str(0, Infinity, /^[A-Za-z0-9_-]{6,64}$/);

export const SavedViewGuard: Guard<SavedView> = g.obj(savedViewShape, true);
export const SavedViewRecordGuard: Guard<SavedViewRecord> = g.obj(
  { ...savedViewShape, id: viewId, createdAt: g.str() },
  true,
);
const SavedViewSummaryGuard: Guard<SavedViewSummary> = g.obj(
  { id: viewId, name: trimmed(1, 200), title: g.opt(g.str(0, 200)), createdAt: g.str() },
  true,
);
export const ViewListGuard: Guard<{ views: SavedViewSummary[] }> = g.obj({
  views: g.arr(SavedViewSummaryGuard),
});

/** Lenient on `code` so a newer server's codes still surface their message. */
export const ErrorBodyGuard = g.obj({ error: g.obj({ code: g.str(), message: g.str() }) });
