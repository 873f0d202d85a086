import { CorrectionRecordSchema, type CorrectionRecord } from '@kg/schema';
import { CorrectionsImportError } from './errors';
import { resolveCorrections } from './resolve';

/** Records as exported: JSONL (one record per line, the log's own format) or a JSON array. */
export function exportCorrections(records: CorrectionRecord[], format: 'jsonl' | 'json'): string {
  return format === 'json'
    ? `${JSON.stringify(records, null, 2)}\n`
    : records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** Each entry of an export file with where it was (`file:line` or `file[index]`). */
function entriesOf(text: string, source: string): Array<{ where: string; value: unknown }> {
  if (text.trimStart().startsWith('[')) {
    let array: unknown;
    try {
      array = JSON.parse(text);
    } catch (err) {
      throw new CorrectionsImportError(
        'import',
        `${source} is not JSON: ${(err as Error).message}`,
      );
    }
    if (!Array.isArray(array))
      throw new CorrectionsImportError('import', `${source}: expected a JSON array of records`);
    return array.map((value, i) => ({ where: `${source}[${i}]`, value }));
  }
  const out: Array<{ where: string; value: unknown }> = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push({ where: `${source}:${i + 1}`, value: JSON.parse(line) });
    } catch (err) {
      problems.push(`${source}:${i + 1}: not JSON (${(err as Error).message})`);
    }
  });
  if (problems.length) throw importError(problems);
  return out;
}

const importError = (problems: string[]) =>
  new CorrectionsImportError(
    'import',
    `nothing imported: ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`,
  );

/**
 * The records of an export file (`text`, named `source` in messages) to append to a log holding
 * `existing`: every record validated first; those already in the log (same id) skipped; the
 * rest replayed after the log, and any that conflicts refused. All or nothing: a
 * CorrectionsImportError lists every problem, per record, and nothing is to be appended.
 */
export function planImport(
  existing: CorrectionRecord[],
  text: string,
  source: string,
): { records: CorrectionRecord[]; skipped: number } {
  const problems: string[] = [];
  const known = new Set(existing.map((r) => r.id));
  const records: CorrectionRecord[] = [];
  const where = new Map<CorrectionRecord, string>();
  let skipped = 0;
  for (const entry of entriesOf(text, source)) {
    const parsed = CorrectionRecordSchema.safeParse(entry.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      problems.push(`${entry.where}: not a correction record${at}: ${issue?.message}`);
      continue;
    }
    if (known.has(parsed.data.id)) {
      skipped++;
      continue;
    }
    known.add(parsed.data.id);
    records.push(parsed.data);
    where.set(parsed.data, entry.where);
  }
  if (!problems.length) {
    const before = new Set(resolveCorrections(existing).conflicts.map((c) => c.record));
    for (const c of resolveCorrections([...existing, ...records]).conflicts)
      if (!before.has(c.record) && where.has(c.record))
        problems.push(`${where.get(c.record)}: ${c.record.id}: ${c.message}`);
  }
  if (problems.length) throw importError(problems);
  return { records, skipped };
}
