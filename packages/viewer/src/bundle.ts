import { build, type Plugin } from 'esbuild';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'app/main.ts');

/**
 * zod re-exports every locale as a namespace (`z.locales`), which defeats tree shaking
 * (~200 KB). The viewer only uses the English messages zod installs by default.
 */
const dropZodLocales: Plugin = {
  name: 'drop-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'/'}zod${'/'}`)
        ? { path: 'zod-locales', namespace: 'kg-stub' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'kg-stub' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
};

/**
 * esbuild bundle of the browser app. IIFE so it also runs inlined from file://;
 * no keepNames: it breaks the ForceAtlas2 worker (its function source is stringified).
 */
export async function buildBundle(outfile: string, minify: boolean): Promise<{ bytes: number }> {
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    sourcemap: minify ? false : 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [dropZodLocales],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return { bytes: (await stat(outfile)).size };
}
