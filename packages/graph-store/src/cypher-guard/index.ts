export {
  guardReadOnlyCypher,
  WRITE_KEYWORDS,
  READ_START_KEYWORDS,
  DEFAULT_ALLOWED_CALLS,
} from './cypher-guard';
export type { GuardOptions, GuardResult } from './cypher-guard';
export { tokenize, TOKEN_KINDS } from './tokenize';
export { checkRangeCall, MAX_RANGE_ITEMS } from './list-size-guard';
export type { Token, TokenKind } from './tokenize';
