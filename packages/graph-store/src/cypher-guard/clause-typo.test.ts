import { describe, expect, it } from 'vitest';
import { nearestClause } from './clause-typo';

const CLAUSES = ['MATCH', 'OPTIONAL', 'WITH', 'UNWIND', 'RETURN', 'CALL'];

describe('nearestClause', () => {
  it.each([
    ['MATC', 'MATCH'],
    ['matc', 'MATCH'],
    ['MACTH', 'MATCH'],
    ['MATCHH', 'MATCH'],
    ['MTACH', 'MATCH'],
    ['RETRUN', 'RETURN'],
    ['UNWNID', 'UNWIND'],
    ['UNWXYD', undefined],
    ['UNWIN', 'UNWIND'],
    ['OPTINAL', 'OPTIONAL'],
    ['MATCH', undefined],
    ['SELECT', undefined],
    ['CAL', undefined],
    ['WTH', undefined],
    ['HELLO', undefined],
  ])('%s → %s', (word, clause) => {
    expect(nearestClause(word, CLAUSES)).toBe(clause);
  });
});
