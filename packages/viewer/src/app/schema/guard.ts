/*
 * Minimal run-time validation for API responses: a few combinators with zod's semantics for
 * the subset the viewer needs (objects strip unknown keys unless strict, optional, default),
 * a few kilobytes instead of zod's hundred. Failures name the path ("nodes.0.type"): it is
 * assembled while the error unwinds, so valid data (every first render) builds no path strings.
 * Nor copies: a value that passes unchanged (no unknown key, no default filled in) is returned
 * as it came, and only what a guard changes is rebuilt (a 10k-actor file: ~50 ms less).
 */

export type Guard<T> = (value: unknown) => T;
type Marked<T> = Guard<T> & { optional?: true; fallback?: () => unknown };
type Out<G> = G extends Guard<infer T> ? T : never;
type Shape = Record<string, Marked<unknown>>;
type OptKeys<S> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
export type ObjOut<S extends Shape> = { [K in Exclude<keyof S, OptKeys<S>>]: Out<S[K]> } & {
  [K in OptKeys<S>]?: Out<S[K]>;
};

export class GuardError extends Error {
  constructor(
    public path: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (message: string): never => {
  throw new GuardError('', message);
};

/** Re-throw a child's failure with `key` in front of its path. */
function within(err: unknown, key: string | number): never {
  if (err instanceof GuardError) err.path = err.path ? `${key}.${err.path}` : String(key);
  throw err;
}

export const unknown: Guard<unknown> = (v) => v;

export const bool: Guard<boolean> = (v) => (typeof v === 'boolean' ? v : fail('expected boolean'));

export function str(min = 0, max = Infinity, pattern?: RegExp): Guard<string> {
  return (v) => {
    if (typeof v !== 'string') return fail('expected string');
    if (v.length < min) return fail(`expected at least ${min} characters`);
    if (v.length > max) return fail(`expected at most ${max} characters`);
    if (pattern && !pattern.test(v)) return fail(`expected to match ${pattern}`);
    return v;
  };
}

/** Finite number in [min, max]; `int` = safe integer; `positive` excludes 0. */
export function num(
  min = -Infinity,
  max = Infinity,
  opts: { int?: boolean; positive?: boolean } = {},
): Guard<number> {
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail('expected number');
    if (opts.int && !Number.isSafeInteger(v)) return fail('expected integer');
    if (v < min || v > max || (opts.positive && v <= 0)) return fail('number out of range');
    return v;
  };
}

export const count = num(0, Infinity, { int: true });

export function oneOf<T extends string | number>(values: readonly T[]): Guard<T> {
  const set = new Set<unknown>(values);
  return (v) => (set.has(v) ? (v as T) : fail(`expected one of ${values.join('|')}`));
}

export function arr<T>(item: Guard<T>, max = Infinity): Guard<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return fail('expected array');
    if (v.length > max) return fail(`expected at most ${max} items`);
    let out: T[] | undefined;
    let i = 0;
    try {
      for (; i < v.length; i++) {
        const value = item(v[i]);
        if (out) out.push(value);
        else if (value !== v[i]) (out = v.slice(0, i)).push(value);
      }
    } catch (err) {
      within(err, i);
    }
    return out ?? (v as T[]);
  };
}

export function tuple<A, B>(a: Guard<A>, b: Guard<B>): Guard<[A, B]> {
  return (v) => {
    if (!Array.isArray(v) || v.length !== 2) return fail('expected a pair');
    let i = 0;
    try {
      const first = a(v[0]);
      i = 1;
      const second = b(v[1]);
      return first === v[0] && second === v[1] ? (v as [A, B]) : [first, second];
    } catch (err) {
      return within(err, i);
    }
  };
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function rec<T>(
  key: Guard<string>,
  value: Guard<T>,
  maxKeys = Infinity,
): Guard<Record<string, T>> {
  return (v) => {
    if (!isPlain(v)) return fail('expected object');
    const out: Record<string, T> = {};
    let same = true;
    let k = '';
    try {
      for (k of Object.keys(v)) {
        const name = key(k);
        const item = value(v[k]);
        if (name !== k || item !== v[k]) same = false;
        out[name] = item;
      }
    } catch (err) {
      within(err, k);
    }
    if (Object.keys(out).length > maxKeys) return fail(`expected at most ${maxKeys} keys`);
    return same ? (v as Record<string, T>) : out;
  };
}

export function opt<T>(g: Guard<T>): Guard<T | undefined> & { optional: true } {
  return Object.assign((v: unknown) => (v === undefined ? undefined : g(v)), {
    optional: true as const,
  });
}

/** Missing (undefined) -> `value()`. */
export function withDefault<T>(g: Guard<T>, value: () => T): Guard<T> {
  return Object.assign((v: unknown) => (v === undefined ? value() : g(v)), {
    fallback: value,
  });
}

/** Known keys only in the output; `strict` rejects unknown ones (zod `.strict()`). */
export function obj<S extends Shape>(shape: S, strict = false): Guard<ObjOut<S>> {
  const keys = Object.keys(shape);
  return (v) => {
    if (!isPlain(v)) return fail('expected object');
    if (strict)
      for (const k of Object.keys(v))
        if (!(k in shape)) within(new GuardError('', 'unknown key'), k);
    // Known keys present in `v`, and whether each guard gave its value back unchanged.
    let known = 0;
    let same = true;
    let k = '';
    try {
      for (k of keys) {
        const raw = v[k];
        if (shape[k](raw) !== raw) same = false;
        if (raw !== undefined || k in v) known++;
      }
    } catch (err) {
      within(err, k);
    }
    let size = 0;
    for (const _ in v) size++;
    if (same && size === known) return v as ObjOut<S>;
    const out: Record<string, unknown> = {};
    for (k of keys) {
      const g = shape[k];
      const value = g(v[k]);
      if (value !== undefined || (k in v && !g.fallback)) out[k] = value;
    }
    return out as ObjOut<S>;
  };
}

export type ParseResult<T> = { success: true; data: T } | { success: false; error: GuardError };

export function safeParse<T>(g: Guard<T>, value: unknown): ParseResult<T> {
  try {
    return { success: true, data: g(value) };
  } catch (err) {
    if (err instanceof GuardError) return { success: false, error: err };
    throw err;
  }
}
