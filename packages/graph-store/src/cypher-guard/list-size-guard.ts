import type { Token } from './tokenize';
import { findBuilderCalls } from './builder-calls';
import type { BuilderCall } from './builder-calls';

/**
 * Values a user query may build. Kùzu evaluates `range()`, `repeat()`, `lpad()`... in one step,
 * before its query timeout can fire, so `UNWIND range(1, 300000000)` or `lpad('', 150000000, 'x')`
 * would hold the store's connection (and gigabytes of memory) past any timeout. The guard reads
 * the calls from the tokens (the name in any case or quoting: `range`, `RANGE`, `` `range` ``),
 * needs literal sizes, and caps one value and the estimated cost of the whole query.
 */
export const MAX_RANGE_ITEMS = 1_000_000;
/** Largest list or string one call may build (items or characters). */
export const MAX_BUILD_ITEMS = MAX_RANGE_ITEMS;
/**
 * Estimated cost cap: the product of the lists a query iterates (`UNWIND range(...)`,
 * `x IN range(...)`) times the values it builds per row.
 */
export const MAX_QUERY_BUILD_COST = 10_000_000;

const fmt = (n: number): string => n.toLocaleString('en');

/** Problem with the value-building calls of a query, or undefined when they are bounded. */
export function checkBuildCost(tokens: Token[]): string | undefined {
  const calls = findBuilderCalls(tokens);
  for (const call of calls) {
    if (call.problem) return call.problem;
    if (call.size > MAX_BUILD_ITEMS) {
      return `${call.name}() at offset ${call.pos} would build ${fmt(call.size)} ${call.unit} (at most ${fmt(MAX_BUILD_ITEMS)}): narrow its bounds`;
    }
  }
  const top = calls.filter((c) => c.depth === 0);
  const iterated = top.filter((c) => c.iterated);
  const product = iterated.reduce((p, c) => p * Math.max(1, c.size), 1);
  const perRow = top.filter((c) => !c.iterated).reduce((s, c) => s + c.size, 0);
  const cost = product * Math.max(1, perRow);
  if (cost <= MAX_QUERY_BUILD_COST) return undefined;
  return `the query's estimated cost ${fmt(cost)} is above ${fmt(MAX_QUERY_BUILD_COST)} (${describe(iterated, perRow)}): narrow the ranges, or split the query into smaller ones`;
}

function describe(iterated: BuilderCall[], perRow: number): string {
  const lists = iterated.map((c) => `${c.name}() at offset ${c.pos}: ${fmt(c.size)}`);
  if (perRow > 0) lists.push(`${fmt(perRow)} items built per row`);
  return lists.join(' × ');
}
