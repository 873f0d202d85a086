import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema, IsoDateSchema } from '@kg/schema';
import { normaliseName } from './normalise-name';

/** A gold entity: any of its `names` identifies it; `required` ones count for recall. */
export const GoldEntitySchema = z.strictObject({
  id: EntityIdSchema,
  type: EntityTypeSchema,
  names: z.string().min(1).array().min(1),
  required: z.boolean(),
});
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

/**
 * A gold relation: any (source, type, target) with a source among `source`, a type among `types`
 * and a target among `target` (either direction when `symmetric`) matches it.
 * Types are free strings: annotators may list non-catalogue alternatives.
 */
export const GoldRelationSchema = z.strictObject({
  id: z.string().min(1),
  source: z.string().min(1).array().min(1),
  target: z.string().min(1).array().min(1),
  types: z.string().min(1).array().min(1),
  symmetric: z.boolean().optional(),
  required: z.boolean(),
  note: z.string().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelationSchema>;

/** A reference annotation of one document (the format of corpus/seed-gold.json). */
export const GoldSchema = z
  .strictObject({
    doc: z.string().min(1),
    date: IsoDateSchema.optional(),
    about: z.string().optional(),
    entities: GoldEntitySchema.array(),
    equivalent: z.record(z.string(), z.string()).default({}),
    relations: GoldRelationSchema.array(),
  })
  .superRefine((gold, ctx) => {
    for (const message of goldProblems(gold)) ctx.addIssue({ code: 'custom', message });
  });
export type Gold = z.infer<typeof GoldSchema>;

/** Consistency problems the shape alone cannot catch: unknown ids, duplicates, ambiguous names. */
function goldProblems(gold: Gold) {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const entity of gold.entities) {
    if (ids.has(entity.id)) problems.push(`entity id '${entity.id}' is used twice`);
    ids.add(entity.id);
    for (const name of entity.names) {
      const key = normaliseName(name);
      const other = owner.get(key);
      if (key === '') problems.push(`entity '${entity.id}': name '${name}' normalises to nothing`);
      else if (other && other !== entity.id)
        problems.push(`name '${name}' belongs to both '${other}' and '${entity.id}'`);
      else owner.set(key, entity.id);
    }
  }
  for (const [from, to] of Object.entries(gold.equivalent)) {
    for (const id of [from, to])
      if (!ids.has(id)) problems.push(`equivalent '${from}' -> '${to}': unknown entity '${id}'`);
  }
  const relationIds = new Set<string>();
  for (const relation of gold.relations) {
    if (relationIds.has(relation.id)) problems.push(`relation id '${relation.id}' is used twice`);
    relationIds.add(relation.id);
    for (const id of [...relation.source, ...relation.target])
      if (!ids.has(id)) problems.push(`relation '${relation.id}': unknown entity '${id}'`);
  }
  return problems;
}
