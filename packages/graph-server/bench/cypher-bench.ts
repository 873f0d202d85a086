/**
 * Two measurements of /api/cypher for http-bench.ts, on the server child process:
 * - the RSS curve over mixed API requests (user Cypher with and without parameters, search,
 *   neighbourhoods), sampled from /proc after a warm-up: a leak shows as a steady climb;
 * - health and search latency while clients loop the heaviest query the guard allows.
 */
import { readFileSync } from 'node:fs';

/** Resident set size of process `pid` in MB (Linux /proc), or NaN elsewhere. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/cypher`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

/** The i-th request of the mixed sequence (distinct texts too: every query is prepared anew). */
function mixed(url: string, i: number): Promise<Response> {
  switch (i % 5) {
    case 0:
      return post(url, { query: 'MATCH (a)-[r]->(b) RETURN a.id, r, b.id LIMIT 20' });
    case 1:
      return post(url, {
        query: `MATCH (a {id: $id})-[r]->(b) RETURN b.name, ${i} AS n LIMIT 10`,
        params: { id: `e${i % 500}` },
      });
    case 2:
      return fetch(`${url}/api/search?q=Actor%20${i % 300}&limit=10`);
    case 3:
      return fetch(`${url}/api/entities/e${i % 500}/neighborhood?depth=1&limit=50`);
    default:
      return post(url, { query: 'MATCH (n) RETURN count(n) AS c' });
  }
}

export async function rssCurve(url: string, pid: number, requests: number) {
  const warmUp = Math.min(1000, Math.floor(requests / 5));
  const samples: Array<{ requests: number; rssMb: number }> = [];
  let failures = 0;
  for (let i = 0; i < warmUp + requests; i++) {
    const res = await mixed(url, i);
    await res.arrayBuffer();
    if (!res.ok) failures++;
    const done = i - warmUp + 1;
    if (done >= 0 && done % Math.max(1, Math.floor(requests / 10)) === 0) {
      samples.push({ requests: done, rssMb: rssMb(pid) });
    }
  }
  const first = samples[0]?.rssMb ?? Number.NaN;
  const last = samples.at(-1)?.rssMb ?? Number.NaN;
  return { requests, warmUp, failures, samples, growthPct: Math.round((last / first - 1) * 100) };
}

/** Allowed by the guard (the product comes from a collected list), stopped by the timeout. */
export const HEAVY_QUERY =
  'UNWIND range(1, 20000) AS i WITH collect(i) AS l UNWIND l AS x UNWIND l AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS c';

const pct = (xs: number[], p: number): number =>
  Math.round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]);

export async function heavyLoop(url: string, clients: number, seconds: number) {
  let stop = false;
  const statuses: Record<number, number> = {};
  const loop = async () => {
    while (!stop) {
      const res = await post(url, { query: HEAVY_QUERY }).catch(() => null);
      await res?.arrayBuffer();
      const s = res?.status ?? 0;
      statuses[s] = (statuses[s] ?? 0) + 1;
    }
  };
  const running = Array.from({ length: clients }, loop);
  await new Promise((r) => setTimeout(r, 500));
  const health: number[] = [];
  const search: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    for (const [path, into] of [
      ['/api/health', health],
      [`/api/search?q=Actor%20${i % 300}&limit=10`, search],
    ] as const) {
      const t0 = performance.now();
      const res = await fetch(url + path);
      await res.arrayBuffer();
      into.push(performance.now() - t0);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  stop = true;
  await Promise.all(running);
  return {
    clients,
    seconds,
    heavyStatuses: statuses,
    health: { n: health.length, p50Ms: pct(health, 0.5), p99Ms: pct(health, 0.99) },
    search: { n: search.length, p50Ms: pct(search, 0.5), p99Ms: pct(search, 0.99) },
  };
}
