export {
  guardReadOnlyCypher,
  WRITE_KEYWORDS,
  READ_START_KEYWORDS,
  DEFAULT_ALLOWED_CALLS,
} from './cypher-guard';
export type { GuardOptions, GuardResult } from './cypher-guard';
export { tokenize, TOKEN_KINDS } from './tokenize';
export {
  checkBuildCost,
  MAX_BUILD_ITEMS,
  MAX_QUERY_BUILD_COST,
  MAX_RANGE_ITEMS,
} from './list-size-guard';
export { findBuilderCalls } from './builder-calls';
export type { BuilderCall } from './builder-calls';
export type { Token, TokenKind } from './tokenize';
