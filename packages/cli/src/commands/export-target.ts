import { extname } from 'node:path';
import { UsageError } from '../args';

/**
 * The export format: `--format`, else the extension of `--out` (graph.gexf -> gexf). Without
 * either, the user is asked: writing JSON to the terminal unasked helped no one.
 */
export function exportFormatOf<F extends string>(
  formats: readonly F[],
  format: string | undefined,
  out: string | undefined,
): F {
  const list = formats.join(', ');
  if (format !== undefined) {
    if (!(formats as readonly string[]).includes(format))
      throw new UsageError('export', `--format must be one of ${list} (got "${format}")`);
    return format as F;
  }
  const ext = out === undefined ? '' : extname(out).slice(1).toLowerCase();
  if ((formats as readonly string[]).includes(ext)) return ext as F;
  throw new UsageError(
    'export',
    out === undefined
      ? `give --format (${list}), or --out FILE with one of those extensions`
      : `cannot tell the format from "${out}": give --format (${list})`,
  );
}

/**
 * Where each exported file goes. One file: `out` itself. Several (csv: nodes.csv and
 * relationships.csv): inside the folder `out`, or, when `out` names a file (`graph.csv`), beside
 * it as `graph.nodes.csv` and `graph.relationships.csv` (never a folder called graph.csv).
 */
export function exportFileName(out: string, name: string): string {
  if (name === '') return out;
  if (extname(out).toLowerCase() !== extname(name).toLowerCase()) return `${out}/${name}`;
  return `${out.slice(0, -extname(out).length)}.${name}`;
}
