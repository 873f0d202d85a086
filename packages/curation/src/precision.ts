import type { CorrectionRecord } from '@kg/schema';

export interface TypePrecision {
  type: string;
  confirmed: number;
  rejected: number;
  /** Relations the extractor missed (added by hand): not in precision, a hint at recall. */
  added: number;
  /** confirmed / (confirmed + rejected); undefined when nothing was reviewed. */
  precision?: number;
}

/**
 * The extractor's precision on the user's own corpus, from the relations analysts reviewed
 * (corrections in effect): confirmed / (confirmed + rejected), per relation type and overall.
 */
export function correctionPrecision(active: CorrectionRecord[]): {
  byType: TypePrecision[];
  total: TypePrecision;
} {
  const rows = new Map<string, TypePrecision>();
  const total: TypePrecision = { type: 'all', confirmed: 0, rejected: 0, added: 0 };
  for (const r of active) {
    if (r.kind !== 'confirm' && r.kind !== 'reject' && r.kind !== 'add') continue;
    const type = r.relation.type;
    let row = rows.get(type);
    if (!row) rows.set(type, (row = { type, confirmed: 0, rejected: 0, added: 0 }));
    const key = ({ confirm: 'confirmed', reject: 'rejected', add: 'added' } as const)[r.kind];
    row[key]++;
    total[key]++;
  }
  const withPrecision = (row: TypePrecision): TypePrecision => {
    const reviewed = row.confirmed + row.rejected;
    return reviewed ? { ...row, precision: row.confirmed / reviewed } : row;
  };
  return {
    byType: [...rows.values()].sort((a, b) => a.type.localeCompare(b.type)).map(withPrecision),
    total: withPrecision(total),
  };
}

export function formatPrecision(report: ReturnType<typeof correctionPrecision>): string {
  if (!report.byType.length)
    return 'no reviewed relations yet: confirm or reject relations (viewer or POST /api/corrections) to measure precision';
  const pct = (p?: number) => (p === undefined ? '-' : `${(p * 100).toFixed(1)}%`);
  const line = (r: TypePrecision) =>
    `${r.type.padEnd(28)} ${pct(r.precision).padStart(9)} ${String(r.confirmed).padStart(9)} ${String(r.rejected).padStart(8)} ${String(r.added).padStart(6)}`;
  return [
    `${'relation type'.padEnd(28)} ${'precision'.padStart(9)} ${'confirmed'.padStart(9)} ${'rejected'.padStart(8)} ${'added'.padStart(6)}`,
    ...report.byType.map(line),
    line(report.total),
    'precision = confirmed / (confirmed + rejected) over the relations analysts reviewed; added = relations the extractor missed',
  ].join('\n');
}
