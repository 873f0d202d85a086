export { GoldEntitySchema, GoldRelationSchema, GoldSchema } from './gold-schema';
export type { Gold, GoldEntity, GoldRelation } from './gold-schema';
export { conlluArticle, ConlluArticleError } from './conllu-article';
export { normaliseName } from './normalise-name';
export { createCanonicalId } from './canonical-ids';
export { scoreExtraction } from './score-extraction';
export type { ScoreOptions } from './score-extraction';
export { UNSCORED_RELATION_TYPES, describeGoldRelation } from './score-relations';
export { ENTITY_ERRORS, RELATION_ERRORS, computeScores, sumScores } from './eval-report';
export type {
  EntityError,
  EntityEval,
  EntityFalse,
  EntityHit,
  EvalReport,
  EvalScores,
  EvalSection,
  GoldMiss,
  RelationError,
  RelationEval,
  RelationFalse,
  RelationHit,
  Triple,
} from './eval-report';
export { REPORT_DETAILS, formatEvalReport, formatEvalSummary } from './format-eval-report';
export type { FormatOptions, ReportDetail } from './format-eval-report';
