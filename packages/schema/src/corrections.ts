import { z } from 'zod';
import { RelationTypeSchema } from './catalogue';
import { REJECT_REASONS } from './constants';
import { EntityIdSchema, EntityTypeSchema } from './domain';
import { StatsSchema } from './graph';

/**
 * Analysts' corrections (`<data dir>/corrections.log.jsonl`): one record per line, appended,
 * never rewritten. A record says what was corrected, who did it, when and why. Corrections are
 * applied to every extraction at ingest, so re-extracting, ingesting new articles and rebuilding
 * the store all give the corrected graph. An `undo` record withdraws an earlier one.
 *
 * Actors are referred to by id *and* the name the analyst saw, so a correction whose actor no
 * longer exists (a changed extractor gives another id) can be reported by name. Relations are
 * referred to by their (source, type, target) key, as `relationId` builds it.
 */
export const CORRECTIONS_LOG_VERSION = 1;

export const EntityRefSchema = z.object({ id: EntityIdSchema, name: z.string().min(1).max(300) });
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const RelationRefSchema = z.object({
  source: EntityIdSchema,
  type: RelationTypeSchema,
  target: EntityIdSchema,
});
export type RelationRef = z.infer<typeof RelationRefSchema>;

export { REJECT_REASONS };
export const RejectReasonSchema = z.enum(REJECT_REASONS);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

/** A span the analyst selected in the document reader: UTF-16 offsets into the document text. */
export const TextSpanSchema = z
  .object({
    docId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((s) => s.end > s.start, 'expected end > start');
export type TextSpan = z.infer<typeof TextSpanSchema>;

const MergeSchema = z.object({
  kind: z.literal('merge'),
  /**
   * `type`: the survivor's type (the server fills it in from the graph): a batch holding only a
   * merged actor creates the survivor with it, so merging an Organization "Erdo" into a Person
   * still stores a Person.
   */
  survivor: EntityRefSchema.extend({ type: EntityTypeSchema.optional() }),
  /** Actors folded into the survivor: their aliases, mentions and relations move to it. */
  merged: z.array(EntityRefSchema).min(1).max(50),
});
const RenameSchema = z.object({
  kind: z.literal('rename'),
  actor: EntityRefSchema,
  name: z.string().trim().min(1).max(300),
});
const RetypeSchema = z.object({
  kind: z.literal('retype'),
  actor: EntityRefSchema,
  type: EntityTypeSchema,
  /** The type it had (the server fills it in from the graph): "type changed from Organization". */
  was: EntityTypeSchema.optional(),
});
const SplitSchema = z.object({
  kind: z.literal('split'),
  actor: EntityRefSchema,
  /** The alias wrongly merged into `actor`: its mentions (and their relations) move out. */
  alias: z.string().trim().min(1).max(300),
  /** The actor the alias becomes (an existing one, or a new one with this name and type). */
  into: z.object({
    id: EntityIdSchema.optional(),
    name: z.string().trim().min(1).max(300),
    type: EntityTypeSchema,
  }),
});
const RejectSchema = z.object({
  kind: z.literal('reject'),
  relation: RelationRefSchema,
  reason: RejectReasonSchema,
});
const ConfirmSchema = z.object({ kind: z.literal('confirm'), relation: RelationRefSchema });
const AddSchema = z.object({
  kind: z.literal('add'),
  relation: RelationRefSchema.extend({ negated: z.boolean().default(false) }),
  /** The sentence (or part of it) that states the relation; the edge's evidence. */
  evidence: TextSpanSchema,
});
const UndoSchema = z.object({
  kind: z.literal('undo'),
  /** The id of the correction withdrawn. */
  target: z.string().min(1).max(100),
});

/** What an analyst submits (the server or CLI adds id, time and author). */
export const CorrectionInputSchema = z.discriminatedUnion('kind', [
  MergeSchema,
  RenameSchema,
  RetypeSchema,
  SplitSchema,
  RejectSchema,
  ConfirmSchema,
  AddSchema,
  UndoSchema,
]);
export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;
export type CorrectionKind = CorrectionInput['kind'];

const EnvelopeSchema = z.object({
  v: z.literal(CORRECTIONS_LOG_VERSION),
  /** Unique, stable: `c-` + time + random (sortable). */
  id: z.string().regex(/^c-[0-9a-z-]{6,80}$/, 'expected a correction id such as c-mf3k2x-4f9a'),
  at: z.iso.datetime(),
  author: z.string().trim().min(1).max(200),
  why: z.string().max(2000).optional(),
});

const inEnvelope = <T extends z.ZodRawShape>(kind: z.ZodObject<T>) =>
  EnvelopeSchema.extend(kind.shape);

/** One line of the corrections log: the envelope and one correction (a plain union: JSON Schema). */
export const CorrectionRecordSchema = z.discriminatedUnion('kind', [
  inEnvelope(MergeSchema),
  inEnvelope(RenameSchema),
  inEnvelope(RetypeSchema),
  inEnvelope(SplitSchema),
  inEnvelope(RejectSchema),
  inEnvelope(ConfirmSchema),
  inEnvelope(AddSchema),
  inEnvelope(UndoSchema),
]);
export type CorrectionRecord = z.infer<typeof CorrectionRecordSchema>;

/** `POST /api/corrections`: a correction with its author (default "editor") and reason. */
const AuthorShape = {
  author: z.string().trim().min(1).max(200).optional(),
  why: z.string().max(2000).optional(),
};
const withAuthor = <T extends z.ZodRawShape>(kind: z.ZodObject<T>) => kind.extend(AuthorShape);
export const CorrectionPostSchema = z.discriminatedUnion('kind', [
  withAuthor(MergeSchema),
  withAuthor(RenameSchema),
  withAuthor(RetypeSchema),
  withAuthor(SplitSchema),
  withAuthor(RejectSchema),
  withAuthor(ConfirmSchema),
  withAuthor(AddSchema),
  withAuthor(UndoSchema),
]);
export type CorrectionPost = z.infer<typeof CorrectionPostSchema>;

/** `POST /api/corrections/{id}/undo`. */
export const UndoPostSchema = z.object(AuthorShape);
export type UndoPost = z.infer<typeof UndoPostSchema>;

export const ENTITY_NOTE_KINDS = [
  'merged-from',
  'renamed-from',
  'retyped-from',
  'split-off',
  'split-into',
] as const;
export const EntityNoteSchema = z.object({
  correction: z.string(),
  kind: z.enum(ENTITY_NOTE_KINDS),
  /** Human text: "merged from Erdo", "renamed from Erdo", "type changed to Person". */
  text: z.string(),
  by: z.string(),
  at: z.string(),
});
export type EntityNote = z.infer<typeof EntityNoteSchema>;

export const RELATION_NOTE_KINDS = ['confirmed', 'rejected', 'added'] as const;
export const RelationNoteSchema = z.object({
  correction: z.string(),
  kind: z.enum(RELATION_NOTE_KINDS),
  /** Human text: "confirmed by ana", "rejected: wrong actor (ana)", "added by ana". */
  text: z.string(),
  reason: RejectReasonSchema.optional(),
  by: z.string(),
  at: z.string(),
});
export type RelationNote = z.infer<typeof RelationNoteSchema>;

/** Notes of the corrections in effect, by entity id and by relation id (`relationId`). */
export const CurationNotesSchema = z.object({
  entities: z.record(z.string(), z.array(EntityNoteSchema)),
  relations: z.record(z.string(), z.array(RelationNoteSchema)),
});
export type CurationNotes = z.infer<typeof CurationNotesSchema>;

/** `GET /api/corrections`: the whole log (log order), the ids in effect, and their notes. */
export const CorrectionsResponseSchema = z.object({
  records: z.array(CorrectionRecordSchema),
  active: z.array(z.string()),
  notes: CurationNotesSchema,
});
export type CorrectionsResponse = z.infer<typeof CorrectionsResponseSchema>;

/** `201` of `POST /api/corrections` and of `.../undo`: the record appended and its effect. */
export const CorrectionWriteResponseSchema = z.object({
  record: CorrectionRecordSchema,
  /** Documents re-extracted and re-ingested to apply it. */
  reingested: z.number().int().nonnegative(),
  stats: StatsSchema,
});
export type CorrectionWriteResponse = z.infer<typeof CorrectionWriteResponseSchema>;
