import type { EvalReport, EvalScores, Triple } from './eval-report';
import { sumScores } from './eval-report';

export const REPORT_DETAILS = ['none', 'errors', 'all'] as const;
export type ReportDetail = (typeof REPORT_DETAILS)[number];

export interface FormatOptions {
  /** Which items to list: none, the errors (FP/FN, default) or all (also TP and ignored). */
  details?: ReportDetail;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const triple = (t: Triple) => `${t.source} -${t.type}-> ${t.target}`;
const quote = (text?: string) => (text ? `  « ${text.replace(/\s+/g, ' ').trim()} »` : '');

function scoreLine(label: string, s: EvalScores): string {
  const counts = `right ${s.right}, wrong ${s.wrong}, found ${s.found}/${s.required}, ignored ${s.ignored}`;
  return `  ${label.padEnd(10)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${counts})`;
}

/** A human-readable report: scores, then what was missed and what was wrong, by name. */
export function formatEvalReport(report: EvalReport, options: FormatOptions = {}): string {
  const details = options.details ?? 'errors';
  const { entities: e, relations: r } = report;
  const lines = [
    report.doc,
    scoreLine('entities', e.scores),
    `${scoreLine('relations', r.scores)}${r.unscored ? `, unscored ${r.unscored}` : ''}`,
  ];
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`  ${title} (${items.length}):`, ...items.map((item) => `    - ${item}`));
  };
  if (details === 'none') return lines.join('\n');
  list(
    'entities missed',
    e.falseNegatives.map((m) => `${m.label} [${m.goldId}]`),
  );
  list(
    'entities wrong',
    e.falsePositives.map(
      (f) =>
        `${f.name} (${f.type}) ${f.reason === 'duplicate' ? `duplicate of ${f.goldId}` : 'matches no gold entity'}`,
    ),
  );
  list(
    'relations missed',
    r.falseNegatives.map((m) => `${m.goldId} ${m.label}${m.note ? ` (${m.note})` : ''}`),
  );
  list(
    'relations wrong',
    r.falsePositives.map((f) => `${triple(f.triple)} [${f.reason}]${quote(f.evidence)}`),
  );
  if (details === 'all') {
    list(
      'entities right',
      e.truePositives.map(
        (h) =>
          `${h.name} (${h.type}) = ${h.goldId}${h.type === h.goldType ? '' : ` (gold type ${h.goldType})`}`,
      ),
    );
    list(
      'entities ignored (optional)',
      e.ignored.map((h) => `${h.name} = ${h.goldId}`),
    );
    list(
      'relations right',
      r.truePositives.map(
        (h) => `${triple(h.triple)} = ${h.goldIds.join(', ')}${quote(h.evidence)}`,
      ),
    );
    list(
      'relations ignored (optional)',
      r.ignored.map((h) => `${triple(h.triple)} = ${h.goldIds.join(', ')}`),
    );
  }
  return lines.join('\n');
}

/** One table row per report plus micro-averaged totals (counts summed, ratios recomputed). */
export function formatEvalSummary(reports: readonly EvalReport[]): string {
  const width = Math.max(8, ...reports.map((rep) => rep.doc.length));
  const cells = (s: EvalScores) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  const header = `${'document'.padEnd(width)}  ${'entities P     R    F1'.padEnd(17)}   relations P     R    F1`;
  const row = (doc: string, en: EvalScores, rel: EvalScores) =>
    `${doc.padEnd(width)}  ${cells(en)}   ${cells(rel)}`;
  const total = row(
    'micro-avg',
    sumScores(reports.map((rep) => rep.entities.scores)),
    sumScores(reports.map((rep) => rep.relations.scores)),
  );
  return [
    header,
    ...reports.map((rep) => row(rep.doc, rep.entities.scores, rep.relations.scores)),
    '-'.repeat(header.length),
    total,
  ].join('\n');
}
