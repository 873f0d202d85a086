import type { Token } from './tokenize';

/**
 * The largest list `range()` may build in a user query. Kùzu evaluates `range()` in one step,
 * before its query timeout can fire, so `UNWIND range(1, 300000000)` would hold the store's
 * connection (and gigabytes of memory) for minutes: bounds must be literal and the span small.
 */
export const MAX_RANGE_ITEMS = 1_000_000;

/** Problem with a `range(` call at `tokens[i]`, or undefined when it is bounded and literal. */
export function checkRangeCall(tokens: Token[], i: number): string | undefined {
  const open = tokens[i + 1];
  if (open?.kind !== 'punct' || open.value !== '(') return undefined;
  const args: number[] = [];
  let sign = 1;
  for (let j = i + 2; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.value === ')') {
      if (args.length < 2 || args.length > 3) break;
      const [start, end, step = 1] = args;
      if (step === 0) return `range() at offset ${tokens[i].pos} has a zero step`;
      const items = Math.floor((end - start) / step) + 1;
      if (items <= MAX_RANGE_ITEMS) return undefined;
      return `range() at offset ${tokens[i].pos} would build ${items.toLocaleString('en')} items (at most ${MAX_RANGE_ITEMS.toLocaleString('en')}): narrow its bounds`;
    }
    if (t.kind === 'punct' && t.value === '-') sign = -sign;
    else if (t.kind === 'number' && /^\d+$/.test(t.value)) {
      args.push(sign * Number(t.value));
      sign = 1;
    } else if (!(t.kind === 'punct' && t.value === ',')) break;
  }
  return `range() at offset ${tokens[i].pos} needs integer literal bounds (no parameters or expressions) spanning at most ${MAX_RANGE_ITEMS.toLocaleString('en')} items`;
}
