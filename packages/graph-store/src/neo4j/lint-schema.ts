/**
 * The DbSchema the offline lint tests give Neo4j's linter (@neo4j-cypher/language-support):
 * our labels, relationship types, property keys and parameter names, plus Neo4j's built-in
 * functions and procedures from the package's own reference data. Anything outside it is
 * reported (undeclared parameters and functions as errors, labels and properties as warnings).
 */
import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import { DOCUMENT_LABEL, ENTITY_LABEL, EVIDENCE_LABEL, MENTIONS_TYPE } from './statements';
import { BAND_LABEL, COPY_OF_TYPE, IN_BAND_TYPE } from './syndication-statements';

export const LINT_LABELS = [
  ...ENTITY_TYPES,
  ENTITY_LABEL,
  DOCUMENT_LABEL,
  EVIDENCE_LABEL,
  BAND_LABEL,
];
export const LINT_RELATIONSHIP_TYPES = [
  ...RELATION_TYPES,
  MENTIONS_TYPE,
  IN_BAND_TYPE,
  COPY_OF_TYPE,
];
export const LINT_PROPERTY_KEYS = [
  // entities
  'id',
  'name',
  'aliases',
  'iso3',
  'roles',
  'foldedName',
  'foldedAliases',
  'searchText',
  // documents
  'title',
  'date',
  'source',
  'sentences',
  'text',
  'hash',
  'signature',
  'copyOf',
  // MENTIONS
  'count',
  'spans',
  'entityId',
  // evidence
  'key',
  'relationId',
  'target',
  'type',
  'docId',
  'sentence',
  'start',
  'end',
  'highlights',
  'modality',
  'claimant',
  // relationships
  'cameo',
  'quadClass',
  'role',
  'firstDate',
  'lastDate',
  'confidence',
  'negated',
];
export const LINT_PARAMETERS = [
  'ids',
  'rows',
  'id',
  'offset',
  'limit',
  'types',
  'piece',
  'exact',
  'prefix',
  'wordPrefix',
  'contains',
  'typo',
  'lucene',
  'frontier',
  'seen',
  'take',
  'relationTypes',
  'excludeWeak',
  'minConfidence',
  'from',
  'to',
  'keys',
  'words',
];

/** DbSchema shape of @neo4j-cypher/language-support (kept structural to avoid a type import). */
export interface LintDbSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  parameters: Record<string, unknown>;
  functions?: unknown;
  procedures?: unknown;
}

export function createLintSchema(reference?: {
  functions?: unknown;
  procedures?: unknown;
}): LintDbSchema {
  return {
    labels: LINT_LABELS,
    relationshipTypes: LINT_RELATIONSHIP_TYPES,
    propertyKeys: LINT_PROPERTY_KEYS,
    parameters: Object.fromEntries(LINT_PARAMETERS.map((p) => [p, null])),
    functions: reference?.functions,
    procedures: reference?.procedures,
  };
}
