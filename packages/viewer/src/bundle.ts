import { build } from 'esbuild';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'app/main.ts');

/**
 * Kept out of the browser bundle: zod (~100 KB; responses are checked by src/app/schema, which
 * mirrors @kg/schema) and @kg/schema's run-time code (which pulls zod in): the viewer imports
 * types from `@kg/schema` and constants only from the zod-free `@kg/schema/constants` (which
 * re-exports the zod-free palette).
 */
const FORBIDDEN_INPUTS = [/[/\\]zod[/\\]/, /[/\\]schema[/\\]src[/\\](?!(constants|palette)\.ts$)/];

/**
 * esbuild bundle of the browser app. IIFE so it also runs inlined from file://;
 * no keepNames: it breaks the ForceAtlas2 worker (its function source is stringified).
 */
export async function buildBundle(outfile: string, minify: boolean): Promise<{ bytes: number }> {
  const { metafile } = await build({
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
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const forbidden = Object.keys(metafile.inputs).filter((p) =>
    FORBIDDEN_INPUTS.some((re) => re.test(p)),
  );
  if (forbidden.length)
    throw new Error(`@kg/viewer bundle must not include: ${forbidden.join(', ')}`);
  return { bytes: (await stat(outfile)).size };
}
