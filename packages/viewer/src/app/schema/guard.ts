/*
 * Minimal run-time validation for API responses: a few combinators with zod's semantics for
 * the subset the viewer needs (objects strip unknown keys unless strict, optional, default),
 * a few kilobytes instead of zod's hundred. Failures name the path ("nodes.0.type").
 */

export type Guard<T> = (value: unknown, at: string) => T;
type Marked<T> = Guard<T> & { optional?: true; fallback?: () => unknown };
type Out<G> = G extends Guard<infer T> ? T : never;
type Shape = Record<string, Marked<unknown>>;
type OptKeys<S> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
export type ObjOut<S extends Shape> = { [K in Exclude<keyof S, OptKeys<S>>]: Out<S[K]> } & {
  [K in OptKeys<S>]?: Out<S[K]>;
};

export class GuardError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (at: string, message: string): never => {
  throw new GuardError(at, message);
};
const join = (at: string, key: string | number) => (at ? `${at}.${key}` : String(key));

export const unknown: Guard<unknown> = (v) => v;

export const bool: Guard<boolean> = (v, at) =>
  typeof v === 'boolean' ? v : fail(at, 'expected boolean');

export function str(min = 0, max = Infinity, pattern?: RegExp): Guard<string> {
  return (v, at) => {
    if (typeof v !== 'string') return fail(at, 'expected string');
    if (v.length < min) return fail(at, `expected at least ${min} characters`);
    if (v.length > max) return fail(at, `expected at most ${max} characters`);
    if (pattern && !pattern.test(v)) return fail(at, `expected to match ${pattern}`);
    return v;
  };
}

/** Finite number in [min, max]; `int` = safe integer; `positive` excludes 0. */
export function num(
  min = -Infinity,
  max = Infinity,
  opts: { int?: boolean; positive?: boolean } = {},
): Guard<number> {
  return (v, at) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(at, 'expected number');
    if (opts.int && !Number.isSafeInteger(v)) return fail(at, 'expected integer');
    if (v < min || v > max || (opts.positive && v <= 0)) return fail(at, 'number out of range');
    return v;
  };
}

export const count = num(0, Infinity, { int: true });

export function oneOf<T extends string | number>(values: readonly T[]): Guard<T> {
  const set = new Set<unknown>(values);
  return (v, at) => (set.has(v) ? (v as T) : fail(at, `expected one of ${values.join('|')}`));
}

export function arr<T>(item: Guard<T>, max = Infinity): Guard<T[]> {
  return (v, at) => {
    if (!Array.isArray(v)) return fail(at, 'expected array');
    if (v.length > max) return fail(at, `expected at most ${max} items`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) out.push(item(v[i], join(at, i)));
    return out;
  };
}

export function tuple<A, B>(a: Guard<A>, b: Guard<B>): Guard<[A, B]> {
  return (v, at) =>
    Array.isArray(v) && v.length === 2
      ? [a(v[0], join(at, 0)), b(v[1], join(at, 1))]
      : fail(at, 'expected a pair');
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function rec<T>(
  key: Guard<string>,
  value: Guard<T>,
  maxKeys = Infinity,
): Guard<Record<string, T>> {
  return (v, at) => {
    if (!isPlain(v)) return fail(at, 'expected object');
    const out: Record<string, T> = {};
    for (const k of Object.keys(v)) out[key(k, join(at, k))] = value(v[k], join(at, k));
    return Object.keys(out).length > maxKeys ? fail(at, `expected at most ${maxKeys} keys`) : out;
  };
}

export function opt<T>(g: Guard<T>): Guard<T | undefined> & { optional: true } {
  return Object.assign((v: unknown, at: string) => (v === undefined ? undefined : g(v, at)), {
    optional: true as const,
  });
}

/** Missing (undefined) -> `value()`. */
export function withDefault<T>(g: Guard<T>, value: () => T): Guard<T> {
  return Object.assign((v: unknown, at: string) => (v === undefined ? value() : g(v, at)), {
    fallback: value,
  });
}

/** Known keys only in the output; `strict` rejects unknown ones (zod `.strict()`). */
export function obj<S extends Shape>(shape: S, strict = false): Guard<ObjOut<S>> {
  const keys = Object.keys(shape);
  return (v, at) => {
    if (!isPlain(v)) return fail(at, 'expected object');
    if (strict) for (const k of Object.keys(v)) if (!(k in shape)) fail(join(at, k), 'unknown key');
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const g = shape[k];
      const value = g(v[k], join(at, k));
      if (value !== undefined || (k in v && !g.fallback)) out[k] = value;
    }
    return out as ObjOut<S>;
  };
}

export type ParseResult<T> = { success: true; data: T } | { success: false; error: GuardError };

export function safeParse<T>(g: Guard<T>, value: unknown): ParseResult<T> {
  try {
    return { success: true, data: g(value, '') };
  } catch (err) {
    if (err instanceof GuardError) return { success: false, error: err };
    throw err;
  }
}
