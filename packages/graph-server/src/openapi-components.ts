/** Turns repeated inline JSON schemas into `components` and `$ref`s (pure JSON transforms). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonMap = { [key: string]: Json };

/** Keys whose values are data, not schemas: never replaced by a `$ref`. */
const DATA_KEYS = new Set(['enum', 'const', 'default', 'example', 'examples', 'required']);

const isMap = (v: Json | undefined): v is JsonMap =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rebuilds `node` bottom-up, letting `fn` replace any schema-position object. */
function mapSchemas(node: Json, fn: (m: JsonMap) => Json): Json {
  if (Array.isArray(node)) return node.map((n) => mapSchemas(n, fn));
  if (!isMap(node)) return node;
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(node)) out[k] = DATA_KEYS.has(k) ? v : mapSchemas(v, fn);
  return fn(out);
}

/** Worth a component: an object, an enum, or any schema of some size (not `{type:'string'}`). */
function worthNaming(schema: Json): boolean {
  if (!isMap(schema)) return false;
  return 'properties' in schema || 'enum' in schema || JSON.stringify(schema).length >= 40;
}

/**
 * Interns `named` schemas into `doc` and into each other, smallest first, so a schema that
 * contains another refers to it. Returns the rewritten document and the component schemas
 * (not yet pruned). Equality is structural: two zod schemas that produce the same JSON share
 * one component (the first name, in size order). One bottom-up pass per schema and one for
 * the document: children are already `$ref`s when their parent is compared.
 */
export function internSchemas(
  doc: JsonMap,
  named: Array<[string, JsonMap]>,
  refBase = '#/components/schemas/',
): { doc: JsonMap; schemas: Record<string, JsonMap> } {
  const order = named
    .filter(([, s]) => worthNaming(s))
    .map(([name, s]) => [name, s, JSON.stringify(s).length] as const)
    .sort((a, b) => a[2] - b[2]);
  const byKey = new Map<string, string>();
  const swap = (m: JsonMap): Json => {
    const name = byKey.get(JSON.stringify(m));
    return name ? { $ref: `${refBase}${name}` } : m;
  };
  const schemas: Record<string, JsonMap> = {};
  for (const [name, body] of order) {
    const rewritten = mapSchemas(body, swap);
    if (!isMap(rewritten) || typeof rewritten.$ref === 'string') continue; // same as a named one
    byKey.set(JSON.stringify(rewritten), name);
    schemas[name] = rewritten;
  }
  return { doc: mapSchemas(doc, swap) as JsonMap, schemas };
}

/** Every `$ref` target in `node`. */
export function refsIn(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (isMap(node)) {
    if (typeof node.$ref === 'string') found.add(node.$ref);
    Object.values(node).forEach((v) => refsIn(v, found));
  }
  return found;
}

/** Only the components reachable from `root` (following refs between components). */
export function pruneSchemas(
  root: Json,
  schemas: Record<string, JsonMap>,
  refBase = '#/components/schemas/',
): Record<string, JsonMap> {
  const keep = new Set<string>();
  const queue = [...refsIn(root)];
  while (queue.length) {
    const ref = queue.pop()!;
    const name = ref.startsWith(refBase) ? ref.slice(refBase.length) : undefined;
    if (!name || keep.has(name) || !schemas[name]) continue;
    keep.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  return Object.fromEntries(
    Object.entries(schemas)
      .filter(([n]) => keep.has(n))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
