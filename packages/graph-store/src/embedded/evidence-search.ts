import type { EvidenceSearchQuery, EvidenceSearchResponse } from '@kg/schema';
import {
  groupEvidenceHits,
  searchRowCap,
  searchWords,
  type DocFields,
  type EvidenceMatchRow,
} from '../evidence-search';
import type { Params } from './kuzu-session';
import type { ReadContext } from './neighborhood';
import { isoDate, num, str } from './values';

/**
 * Evidence sentences containing every word of the query: a scan of Evidence with `CONTAINS` on
 * the lower-cased text (Kùzu's FTS extension is downloaded at run time, so not available
 * offline), newest first and capped; then one PK probe per document for its fields.
 */
export function searchEvidence(
  ctx: ReadContext,
  query: EvidenceSearchQuery,
): EvidenceSearchResponse {
  const words = searchWords(query);
  const params: Params = { cap: searchRowCap(query.limit) };
  words.forEach((w, i) => (params[`w${i}`] = w));
  const where = words.map((_w, i) => `lower(e.text) CONTAINS $w${i}`).join(' AND ');
  const rows: EvidenceMatchRow[] = ctx.session
    .rows(
      `MATCH (e:Evidence) WHERE ${where}
       RETURN e.relationId AS relationId, e.source AS source, e.type AS type, e.target AS target,
         e.docId AS docId, e.sentence AS sentence, e.text AS text, e.date AS date
       ORDER BY e.date IS NULL, e.date DESC, e.docId, e.sentence LIMIT $cap`,
      params,
    )
    .map((r) => ({
      relationId: String(r.relationId),
      source: String(r.source),
      type: String(r.type),
      target: String(r.target),
      docId: String(r.docId),
      sentence: num(r.sentence),
      text: String(r.text ?? ''),
      date: isoDate(r.date),
    }));
  const docs = new Map<string, DocFields | undefined>();
  for (const id of new Set(rows.map((r) => r.docId))) {
    const d = ctx.session.rows(
      'MATCH (d:Document {id: $id}) RETURN d.title AS title, d.date AS date, d.source AS source',
      { id },
    )[0];
    docs.set(id, d && { title: str(d.title), date: isoDate(d.date), source: str(d.source) });
  }
  return groupEvidenceHits(rows, query, docs);
}
