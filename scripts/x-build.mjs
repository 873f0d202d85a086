import * as esbuild from 'esbuild';
import { relative, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
const out = '/work/main/packages/cli/dist';
const metaUrl = {
  name: 'meta-url',
  setup(b) {
    b.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
      let src = await readFile(args.path, 'utf8');
      if (src.includes('import.meta.url')) {
        const rel = relative(out, args.path);
        src = src.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
      }
      return { contents: src, loader: 'ts' };
    });
  },
};
const t0 = performance.now();
const r = await esbuild.build({
  entryPoints: ['packages/cli/src/bin.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20',
  outdir: out, splitting: true, outExtension: { '.js': '.mjs' }, metafile: true,
  external: ['kuzu', '@ladybugdb/core', 'playwright-core', 'esbuild', 'fsevents'],
  banner: { js: "import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);" },
  plugins: [metaUrl], logLevel: 'warning',
});
console.log('built in', Math.round(performance.now() - t0), 'ms', Object.keys(r.metafile.outputs).length, 'files');
const sizes = Object.entries(r.metafile.inputs).map(([k, v]) => [k, v.bytes]).sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log(sizes);
for (const [k, v] of Object.entries(r.metafile.outputs)) console.log(k, v.bytes, v.entryPoint ?? '', Object.keys(v.inputs).filter(i=>!i.includes('node_modules')).slice(0,5));
