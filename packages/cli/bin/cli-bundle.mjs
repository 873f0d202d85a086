// @ts-check
/**
 * The `kg` CLI as one pre-built JavaScript bundle (esbuild), so a command starts in well under a
 * second instead of compiling TypeScript at every run. The bundle lives in packages/cli/bundle/
 * (git-ignored) and is rebuilt automatically when any workspace source or manifest is newer than
 * it: `kg` after `git pull` or an edit never runs stale code.
 *
 * Files that find data through `import.meta.url` (the extractor's data/ folder, the viewer's
 * public/ folder, native engines) keep their own location: the bundler rewrites each such
 * `import.meta.url` to the URL of the source file it came from, relative to the bundle.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_BUNDLE_DIR = join(REPO_ROOT, 'packages/cli/bundle');
const ENTRY = join(REPO_ROOT, 'packages/cli/src/bin.ts');
/** Native or heavyweight packages loaded from node_modules at run time, never bundled. */
const EXTERNAL = ['kuzu', '@ladybugdb/core', 'playwright-core', 'esbuild', 'fsevents'];

/**
 * Newest modification time and count of the inputs that make the bundle: every workspace
 * package's src/ (tests excluded) and package.json, and the lockfile.
 * @returns {{ newestMs: number, files: number }}
 */
export function sourceState(root = REPO_ROOT) {
  let newestMs = 0;
  let files = 0;
  const note = (/** @type {string} */ path) => {
    newestMs = Math.max(newestMs, statSync(path).mtimeMs);
    files++;
  };
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) note(path);
    }
  };
  const packages = join(root, 'packages');
  for (const name of readdirSync(packages)) {
    const src = join(packages, name, 'src');
    try {
      walk(src);
      note(join(packages, name, 'package.json'));
    } catch {
      // not a package with sources
    }
  }
  note(join(root, 'pnpm-lock.yaml'));
  return { newestMs, files };
}

/**
 * True when the bundle in `dir` is missing or older than `state`.
 * @param {string} dir
 * @param {{ newestMs: number, files: number }} state
 */
export function isStale(dir, state) {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, 'stamp.json'), 'utf8'));
    return stamp.newestMs !== state.newestMs || stamp.files !== state.files;
  } catch {
    return true;
  }
}

/**
 * esbuild plugin: `import.meta.url` inside workspace sources becomes their original location.
 * @param {string} outDir where the bundle is written (the rewrite is relative to it)
 * @returns {import('esbuild').Plugin}
 */
function keepSourceLocations(outDir) {
  return {
    name: 'kg-source-locations',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, (args) => {
        let contents = readFileSync(args.path, 'utf8');
        if (contents.includes('import.meta.url')) {
          const rel = relative(outDir, args.path).split('\\').join('/');
          contents = contents.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
          );
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * esbuild plugin: native and heavyweight packages stay out of the bundle, imported by a path
 * relative to it (resolved the way the importing source would), so they load wherever the
 * bundle folder is.
 * @param {string} outDir
 * @returns {import('esbuild').Plugin}
 */
function externalByPath(outDir) {
  const names = EXTERNAL.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return {
    name: 'kg-external-by-path',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names})(/.*)?$`) }, async (args) => {
        if (args.pluginData === 'kg-resolving') return undefined;
        const found = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'kg-resolving',
        });
        if (found.errors.length > 0) return { errors: found.errors };
        let rel = relative(outDir, found.path).split('\\').join('/');
        if (!rel.startsWith('.')) rel = `./${rel}`;
        return { path: rel, external: true };
      });
    },
  };
}

/**
 * Builds the bundle into `dir` (written aside, then swapped in, so a concurrent `kg` never sees
 * half a bundle). Returns the entry file.
 * @param {string} dir
 * @param {{ newestMs: number, files: number }} state
 */
export async function buildBundle(dir, state) {
  const esbuild = await import('esbuild');
  const temp = `${dir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  // the rewrite is relative to the final folder, a sibling of the temporary one
  await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    entryNames: 'kg',
    // bundled CommonJS dependencies call require(); give ESM output one
    banner: {
      js: "import { createRequire as kgCreateRequire } from 'node:module'; const require = kgCreateRequire(import.meta.url);",
    },
    plugins: [keepSourceLocations(dir), externalByPath(dir)],
    logLevel: 'error',
  });
  writeFileSync(join(temp, 'stamp.json'), JSON.stringify(state));
  const old = `${dir}.old-${process.pid}`;
  try {
    renameSync(dir, old);
  } catch {
    // no previous bundle
  }
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(temp, dir);
  rmSync(old, { recursive: true, force: true });
  return join(dir, 'kg.mjs');
}

/**
 * The bundle's entry, built first when missing or stale.
 * @param {{ dir?: string, log?: (line: string) => void }} [options]
 */
export async function ensureBundle(options = {}) {
  const dir = options.dir ?? DEFAULT_BUNDLE_DIR;
  const state = sourceState();
  if (!isStale(dir, state)) return join(dir, 'kg.mjs');
  options.log?.('kg: building the CLI bundle (sources changed since the last build)…');
  const started = performance.now();
  const entry = await buildBundle(dir, state);
  options.log?.(
    `kg: built ${relative(REPO_ROOT, dir)}/ in ${Math.round(performance.now() - started)} ms`,
  );
  return entry;
}
