/** Percentiles, timing and CLI helpers for the store bench. */
export interface Timing {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentiles(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    n: s.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(s[s.length - 1] ?? 0),
  };
}

export async function timeEach<T>(
  items: T[],
  fn: (x: T) => Promise<unknown> | unknown,
): Promise<Timing> {
  const samples: number[] = [];
  for (const x of items) {
    const t = performance.now();
    await fn(x);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}

/** Process CPU seconds (user + system, all threads) of a `process.cpuUsage(start)` delta. */
export const cpuSec = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;

export const rssMb = (): number => Math.round(process.memoryUsage().rss / 1e6);
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export function argString(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** A whole number ≥ 0 (`--name 0` is allowed, unlike argValue). */
export function argInt(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(v) && v >= 0 ? v : fallback;
}

export function sample<T>(xs: T[], n: number, rand: () => number): T[] {
  return Array.from({ length: Math.min(n, xs.length) }, () => xs[Math.floor(rand() * xs.length)]);
}

export const fmt = (t: Timing): string =>
  `p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms (n=${t.n})`;
