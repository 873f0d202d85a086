import type { Token } from './tokenize';

/** A call of a function that builds a list or string whose size an argument decides. */
export interface BuilderCall {
  /** Lower-case name (last segment: `apoc.text.lpad` -> `lpad`). */
  name: string;
  pos: number;
  /** Items or characters built (an estimate for nested calls). */
  size: number;
  unit: 'items' | 'characters';
  /** 0, or how deep inside arguments of other builder calls (its size is part of theirs). */
  depth: number;
  /** Iterated by `UNWIND` or `x IN`: each item is a row, so such lists multiply. */
  iterated: boolean;
  problem?: string;
}

type Args = Token[][];
type Sizer = (args: Args, sizeOf: (arg: Token[]) => number) => number | string;

/** Integer literal (with an optional sign) or undefined. */
function intLiteral(arg: Token[] | undefined): number | undefined {
  if (!arg) return undefined;
  const [a, b] = arg;
  if (arg.length === 1 && a.kind === 'number' && /^\d+$/.test(a.value)) return Number(a.value);
  if (arg.length === 2 && a.kind === 'punct' && /^[-+]$/.test(a.value) && b.kind === 'number') {
    return /^\d+$/.test(b.value) ? (a.value === '-' ? -1 : 1) * Number(b.value) : undefined;
  }
  return undefined;
}

const LITERAL = 'needs an integer literal size (no parameters or expressions)';

const range: Sizer = (args) => {
  const [start, end, step = 1] = args.map(intLiteral);
  if (args.length < 2 || args.length > 3 || start === undefined || end === undefined) {
    return 'needs integer literal bounds (no parameters or expressions) spanning at most 1,000,000 items';
  }
  if (step === undefined) return 'needs an integer literal step';
  if (step === 0) return 'has a zero step';
  return Math.max(0, Math.floor((end - start) / step) + 1);
};
/** `f(value, count)`: count copies of value. */
const copies: Sizer = (args, sizeOf) => {
  const n = intLiteral(args[1]);
  return n === undefined ? LITERAL : Math.max(0, n) * sizeOf(args[0] ?? []);
};
/** `f(text, length, fill)`: a string of `length` characters. */
const padded: Sizer = (args) => {
  const n = intLiteral(args[1]);
  return n === undefined ? LITERAL : Math.max(0, n);
};

/** Kùzu: range, repeat, lpad, rpad; Neo4j: range, apoc.text.lpad/rpad/repeat, apoc.coll.fill. */
const BUILDERS: Record<string, { unit: BuilderCall['unit']; sizer: Sizer }> = {
  range: { unit: 'items', sizer: range },
  repeat: { unit: 'characters', sizer: copies },
  lpad: { unit: 'characters', sizer: padded },
  rpad: { unit: 'characters', sizer: padded },
  fill: { unit: 'items', sizer: copies },
};

const isPunct = (t: Token | undefined, v: string): boolean => t?.kind === 'punct' && t.value === v;
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** Arguments of the call whose `(` is at `open`, split at top-level commas, and the `)` index. */
function splitArgs(tokens: Token[], open: number): { args: Args; close: number } {
  const args: Args = [[]];
  let depth = 0;
  for (let j = open + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && CLOSE.has(t.value) && depth === 0) {
      return { args: args.length === 1 && args[0].length === 0 ? [] : args, close: j };
    }
    if (t.kind === 'punct' && OPEN.has(t.value)) depth++;
    if (t.kind === 'punct' && CLOSE.has(t.value)) depth--;
    if (depth === 0 && isPunct(t, ',')) args.push([]);
    else args[args.length - 1].push(t);
  }
  return { args, close: tokens.length };
}

/** Every builder call in `tokens`, outer calls after the calls nested in their arguments. */
export function findBuilderCalls(tokens: Token[], depth = 0): BuilderCall[] {
  const calls: BuilderCall[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.kind !== 'word' && t.kind !== 'quoted') || !isPunct(tokens[i + 1], '(')) continue;
    const name = t.value.normalize('NFKC').toLowerCase();
    const spec = Object.hasOwn(BUILDERS, name) ? BUILDERS[name] : undefined;
    if (!spec) continue;
    const { args, close } = splitArgs(tokens, i + 1);
    const inner = args.map((a) => findBuilderCalls(a, depth + 1));
    calls.push(...inner.flat());
    const sizeOf = (arg: Token[]): number => {
      if (arg.length === 1 && arg[0].kind === 'string') return arg[0].value.length;
      const k = args.indexOf(arg);
      const own = (k >= 0 ? inner[k] : []).filter((c) => c.depth === depth + 1);
      return Math.max(
        1,
        own.reduce((s, c) => s + c.size, 0),
      );
    };
    const size = spec.sizer(args, sizeOf);
    const prev = tokens[i - 1];
    calls.push({
      name,
      pos: t.pos,
      size: typeof size === 'number' ? size : 0,
      unit: spec.unit,
      depth,
      iterated: prev?.kind === 'word' && /^(UNWIND|IN)$/i.test(prev.value),
      problem: typeof size === 'string' ? `${name}() at offset ${t.pos} ${size}` : undefined,
    });
    i = close;
  }
  return calls;
}
