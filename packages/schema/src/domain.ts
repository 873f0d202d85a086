import { z } from 'zod';
import { QuadClassSchema, RelationTypeSchema } from './catalogue';
import { ENTITY_TYPES, MODALITIES } from './constants';

export { MODALITIES };

export { ENTITY_TYPES, type EntityType } from './constants';
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const MENTION_KINDS = ['name', 'alias', 'demonym', 'pronoun', 'nominal'] as const;
export const MentionKindSchema = z.enum(MENTION_KINDS);
export type MentionKind = z.infer<typeof MentionKindSchema>;

export const ModalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof ModalitySchema>;

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine(isCalendarDate, 'expected a real calendar date (e.g. 2022-02-24)');

/** True for YYYY-MM-DD strings naming a day that exists (no 2022-02-30, no month 13). */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Entity ids: ISO 3166 alpha-3 for countries, lowercase slugs otherwise. */
export const EntityIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'expected an entity id (letters, digits, - _ . :)');

export const DocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  date: IsoDateSchema.optional(),
  source: z.string().optional(),
  sentences: z.number().int().nonnegative(),
});
export type Document = z.infer<typeof DocumentSchema>;

/** A span of a document: UTF-16 offsets into the document text exactly as given. */
export const MentionSchema = z.object({
  docId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: MentionKindSchema,
  sentence: z.number().int().nonnegative().optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const RoleSchema = z.object({
  role: z.string(),
  of: z.string().optional(),
  since: IsoDateSchema.optional(),
  until: IsoDateSchema.optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z.object({
  id: EntityIdSchema,
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  iso3: z.string().length(3).optional(),
  roles: z.array(RoleSchema).optional(),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

export const HIGHLIGHT_ROLES = ['source', 'target', 'trigger'] as const;
export const HighlightSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  role: z.enum(HIGHLIGHT_ROLES),
});
export type Highlight = z.infer<typeof HighlightSchema>;

/** The sentence an edge came from: `start`/`end` are the sentence's offsets in the document. */
export const EvidenceSchema = z.object({
  docId: z.string(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  highlights: z.array(HighlightSchema).optional(),
  date: IsoDateSchema.optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RelationSchema = z.object({
  id: z.string(),
  source: EntityIdSchema,
  target: EntityIdSchema,
  type: RelationTypeSchema,
  cameo: z.string().optional(),
  quadClass: QuadClassSchema.optional(),
  role: z.string().optional(),
  date: IsoDateSchema.optional(),
  negated: z.boolean(),
  modality: ModalitySchema,
  /** The actor whose claim the relation is, when `modality` is `claimed`. */
  claimant: EntityIdSchema.optional(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).min(1),
});
export type Relation = z.infer<typeof RelationSchema>;

export const ExtractionResultSchema = z.object({
  documents: z.array(DocumentSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;

/** The text a consumer must keep to resolve offsets: one record per document. */
export const DocumentTextSchema = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().optional(),
  date: IsoDateSchema.optional(),
  source: z.string().optional(),
});
export type DocumentText = z.infer<typeof DocumentTextSchema>;

/** Deterministic relation id from its (source, type, target) key. */
export function relationId(source: string, type: string, target: string): string {
  return `${source}__${type}__${target}`;
}
