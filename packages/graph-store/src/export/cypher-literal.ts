/** Cypher literals for generated scripts: strings single-quoted with every escape Cypher knows. */
export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}'`;
}

/** Integers stay INTEGER, other numbers are written as FLOAT (1 -> 1.0 for a confidence). */
export function cypherNumber(value: number, float = false): string {
  if (!Number.isFinite(value))
    throw new RangeError(`@kg/graph-store/export: not a finite number: ${value}`);
  if (float && Number.isInteger(value)) return value.toFixed(1);
  return String(value);
}

export function cypherValue(value: unknown, float = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value, float);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((v) => cypherValue(v, float)).join(', ')}]`;
  throw new TypeError(`@kg/graph-store/export: no Cypher literal for ${typeof value}`);
}

/** A map literal with plain identifier keys (keys are ours, never user text). */
export function cypherMap(
  entries: Record<string, unknown>,
  floats: ReadonlySet<string> = new Set(),
): string {
  const parts = Object.entries(entries)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
        throw new TypeError(`@kg/graph-store/export: bad map key ${k}`);
      return `${k}: ${cypherValue(v, floats.has(k))}`;
    });
  return `{${parts.join(', ')}}`;
}
