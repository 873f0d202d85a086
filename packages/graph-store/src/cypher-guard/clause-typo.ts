/**
 * The read clause a mistyped first word was meant to be ("MATC" → MATCH, "RETRUN" → RETURN):
 * at most one edit (insert, delete, substitute or swap two neighbours) for words of 4+ letters.
 */
export function nearestClause(word: string, clauses: readonly string[]): string | undefined {
  const w = word.toUpperCase();
  if (w.length < 4) return undefined;
  return clauses.find((c) => c !== w && withinOneEdit(w, c));
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
