import { z } from 'zod';
import { QuadClassSchema, RelationTypeSchema } from './catalogue';
import {
  DocumentSchema,
  EntityTypeSchema,
  HighlightSchema,
  IsoDateSchema,
  MentionSchema,
  ModalitySchema,
  RoleSchema,
} from './domain';

/** A node as stores and the API return it. */
export const GraphNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  iso3: z.string().optional(),
  degree: z.number().int().nonnegative().optional(),
  /** Neighbours left out of this view by a node cap. */
  hiddenNeighbors: z.number().int().nonnegative().optional(),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** One relationship per (source, type, target), aggregated over its evidence. */
export const GraphEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: RelationTypeSchema,
  cameo: z.string().optional(),
  quadClass: QuadClassSchema.optional(),
  role: z.string().optional(),
  count: z.number().int().nonnegative(),
  firstDate: IsoDateSchema.optional(),
  lastDate: IsoDateSchema.optional(),
  confidence: z.number().min(0).max(1),
  negated: z.boolean().optional(),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const SubgraphSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  /** Nodes matching the request but left out by the node cap. */
  omittedNodes: z.number().int().nonnegative().default(0),
});
export type Subgraph = z.infer<typeof SubgraphSchema>;

/** A document that carried a report: the report's own document or a syndicated copy of it. */
export const OutletSchema = z.object({
  docId: z.string(),
  source: z.string().optional(),
  title: z.string().optional(),
  date: IsoDateSchema.optional(),
});
export type Outlet = z.infer<typeof OutletSchema>;

export const EvidenceRowSchema = z.object({
  relationId: z.string(),
  docId: z.string(),
  docTitle: z.string().optional(),
  docDate: IsoDateSchema.optional(),
  docSource: z.string().optional(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  date: IsoDateSchema.optional(),
  highlights: z.array(HighlightSchema),
  /** How the sentence states the relation, when not simply asserted ('claimed', 'denied', ...). */
  modality: ModalitySchema.optional(),
  /** The actor (entity id) whose claim the sentence reports, when `modality` is 'claimed'. */
  claimant: z.string().optional(),
  /**
   * Every document that carried this report, when syndicated copies of it were ingested: its
   * own document first, then the copies (one report, several outlets; counted once).
   */
  outlets: z.array(OutletSchema).optional(),
});
export type EvidenceRow = z.infer<typeof EvidenceRowSchema>;

export const EntityDetailSchema = z.object({
  entity: GraphNodeSchema,
  roles: z.array(RoleSchema),
  mentions: z.array(MentionSchema),
  documents: z.array(DocumentSchema),
  relations: z.array(GraphEdgeSchema),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const SearchResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  degree: z.number().int().nonnegative(),
  score: z.number().optional(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const StatsSchema = z.object({
  dialect: z.string(),
  documents: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
  entitiesByType: z.record(z.string(), z.number().int().nonnegative()),
  relationsByType: z.record(z.string(), z.number().int().nonnegative()),
  dateRange: z.object({ min: IsoDateSchema.optional(), max: IsoDateSchema.optional() }),
});
export type Stats = z.infer<typeof StatsSchema>;

export const CypherValueSchema: z.ZodType<unknown> = z.unknown();
export const CypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(CypherValueSchema)),
  truncated: z.boolean(),
  dialect: z.string(),
  /** Graph elements found in the rows, so a viewer can draw them. */
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  elapsedMs: z.number().nonnegative(),
});
export type CypherResult = z.infer<typeof CypherResultSchema>;
