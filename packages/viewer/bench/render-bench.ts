/**
 * Render benchmark: time to first render and JS heap for synthetic 1k / 10k / 50k-node graphs
 * in Debian Chromium, our full app (standalone HTML: validation, metrics, reducers, layout
 * start) against bare sigma on the same data in the same run; plus the bundle size.
 * Run: npx tsx packages/viewer/bench/render-bench.ts [--runs=3] [sizes...]   Last line: BENCH_JSON {...}
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { ENTITY_TYPES, RELATION_TYPES, type Subgraph } from '@kg/schema';
import { buildViewer, renderStandaloneHtml } from '../src/index';
import { seededRandom } from '../src/app/metrics';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../src/chromium';

const args = process.argv.slice(2);
const runsArg = args.find((a) => a.startsWith('--runs='));
/** Runs per size and page (alternating bare / app); the median is reported: a shared box is noisy. */
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice(7))) : 5;
const SIZES = args
  .filter((a) => !a.startsWith('--'))
  .map(Number)
  .filter(Boolean);
const sizes = SIZES.length ? SIZES : [1_000, 10_000, 50_000];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * 2n edges, sources uniform, targets skewed towards high ids (a few hubs), seeded. The PRNG is
 * the viewer's own (mulberry32): the LCG used before 2026-11-28 lost precision in doubles and
 * cycled after 7,235 draws, so 10k and 50k graphs had only ~7k distinct pairs of actors.
 */
function synthetic(n: number): Subgraph {
  const rnd = seededRandom(7);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    name: `Actor ${i}`,
    type: ENTITY_TYPES[i % ENTITY_TYPES.length],
    aliases: [],
  }));
  const edges = Array.from({ length: n * 2 }, (_, i) => {
    const s = Math.floor(rnd() * n);
    const t = Math.floor(Math.sqrt(rnd()) * n);
    return {
      id: `e${i}`,
      source: `n${s}`,
      target: `n${t === s ? (t + 1) % n : t}`,
      type: RELATION_TYPES[i % RELATION_TYPES.length],
      count: 1,
      confidence: 0.8,
      firstDate: '2022-03-01',
    };
  });
  return { nodes, edges, omittedNodes: 0 };
}

const BARE_ENTRY = `
import Graph from 'graphology';
import Sigma from 'sigma';
const data = JSON.parse(document.getElementById('data').textContent);
const t0 = performance.now();
const graph = new Graph({ multi: true });
for (const n of data.nodes) graph.addNode(n.id, { label: n.name, x: Math.random(), y: Math.random(), size: 4, color: '#0072B2' });
for (const e of data.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { color: '#ccc' });
new Sigma(graph, document.getElementById('graph'));
performance.mark('kg:graph-drawn');
document.body.dataset.ready = 'true';
`;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return Math.round((usedSize / 2 ** 20) * 10) / 10;
}

async function measure(
  page: Page,
  url: string,
): Promise<{ firstRenderMs: number; heapMb: number }> {
  await page.goto(url, { timeout: 180_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('kg:graph-drawn').length > 0,
    undefined,
    { timeout: 180_000, polling: 250 },
  );
  // The mark follows sigma's synchronous first render (constructor / refresh()). No rAF wait:
  // with SwiftShader, a running layout on 50k nodes can starve animation frames.
  const firstRenderMs = await page.evaluate(() =>
    Math.round(performance.getEntriesByName('kg:graph-drawn')[0].startTime),
  );
  return { firstRenderMs, heapMb: await heapMb(page) };
}

const dir = join(tmpdir(), `kg-viewer-bench-${process.pid}`);
await mkdir(dir, { recursive: true });
const { bytes } = await buildViewer();
const bare = await build({
  stdin: { contents: BARE_ENTRY, resolveDir: join(import.meta.dirname, '..'), loader: 'js' },
  bundle: true,
  minify: true,
  write: false,
  format: 'iife',
  target: 'es2020',
});
const bareJs = bare.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const results: Array<Record<string, number>> = [];
const warm = join(dir, 'warm.html');
await writeFile(warm, await renderStandaloneHtml({ subgraph: synthetic(100) }));

/**
 * One page load in a browser of its own: a 50k-node page can leave Chromium's GPU process busy
 * (the next tab then fails to open), and a fresh browser keeps runs independent. Each browser is
 * warmed up first (GPU process, shader compilation) so bare and app start alike.
 */
async function measureFresh(url: string): Promise<Awaited<ReturnType<typeof measure>>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const warmContext = await browser.newContext();
    await measure(await warmContext.newPage(), `file://${warm}`);
    await warmContext.close();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    return await measure(await context.newPage(), url);
  } finally {
    await browser.close();
  }
}

try {
  for (const n of sizes) {
    const sub = synthetic(n);
    const appFile = join(dir, `app-${n}.html`);
    const bareFile = join(dir, `bare-${n}.html`);
    await writeFile(appFile, await renderStandaloneHtml({ subgraph: sub }));
    await writeFile(
      bareFile,
      `<!doctype html><html><body style="margin:0"><div id="graph" style="width:1280px;height:800px"></div><script type="application/json" id="data">${JSON.stringify(sub).replace(/</g, '\\u003c')}</script><script>${bareJs}</script></body></html>`,
    );
    const row: Record<string, number> = { nodes: n, edges: sub.edges.length, runs: RUNS };
    const times: Record<string, number[]> = { bare: [], app: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const [name, file] of [
        ['bare', bareFile],
        ['app', appFile],
      ] as const) {
        const m = await measureFresh(`file://${file}`);
        times[name].push(m.firstRenderMs);
        row[`${name}HeapMb`] = m.heapMb;
      }
    }
    for (const name of ['bare', 'app']) row[`${name}FirstRenderMs`] = median(times[name]);
    row.ratio = Math.round((row.appFirstRenderMs / row.bareFirstRenderMs) * 100) / 100;
    results.push(row);
    console.log(
      `${n} nodes / ${sub.edges.length} edges (median of ${RUNS}): bare sigma ${row.bareFirstRenderMs} ms, ${row.bareHeapMb} MB; app ${row.appFirstRenderMs} ms, ${row.appHeapMb} MB; app/bare ${row.ratio} (target <= 1.3) [bare ${times.bare.join(' ')} | app ${times.app.join(' ')}]`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`public/app.js: ${(bytes / 1024).toFixed(1)} KB minified (target <= 300 KB)`);
console.log(
  `BENCH_JSON ${JSON.stringify({ bench: 'viewer-render', bundleBytes: bytes, bundleTargetBytes: 300 * 1024, results })}`,
);
