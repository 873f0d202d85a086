import { z } from 'zod';
import { RELATION_TYPES } from './constants';

export {
  INTERACTION_TYPES,
  STRUCTURAL_TYPES,
  RELATION_TYPES,
  QUAD_CLASSES,
  QUAD_CLASS_LABELS,
  RELATION_CATALOGUE,
  catalogueEntry,
  isInteractionType,
  type CatalogueEntry,
  type InteractionType,
  type QuadClass,
  type RelationType,
} from './constants';

export const RelationTypeSchema = z.enum(RELATION_TYPES);
export const QuadClassSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
