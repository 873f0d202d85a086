import type { EvidenceSearchQuery, EvidenceSearchResponse } from '@kg/schema';
import {
  groupEvidenceHits,
  searchRowCap,
  searchWords,
  type DocFields,
  type EvidenceMatchRow,
} from '../evidence-search';
import { int, runRows, type Neo4jContext, type Row } from './neo4j-context';
import { SEARCH_EVIDENCE } from './statements';
import { toNumber } from './to-app-value';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Evidence sentences holding every word of the query: a `CONTAINS` scan, newest first, capped. */
export async function searchEvidence(
  ctx: Neo4jContext,
  query: EvidenceSearchQuery,
): Promise<EvidenceSearchResponse> {
  const found = await ctx.read('searchEvidence', (tx) =>
    runRows(tx, SEARCH_EVIDENCE, {
      words: searchWords(query),
      limit: int(searchRowCap(query.limit)),
    }),
  );
  const docs = new Map<string, DocFields | undefined>();
  const rows: EvidenceMatchRow[] = found.map((r) => {
    const ev = r.ev as Row;
    const doc = (r.doc ?? undefined) as Row | undefined;
    const docId = String(ev.docId);
    docs.set(docId, doc && { title: str(doc.title), date: str(doc.date), source: str(doc.source) });
    return {
      relationId: String(ev.relationId),
      source: String(ev.source),
      type: String(ev.type),
      target: String(ev.target),
      docId,
      sentence: toNumber(ev.sentence) ?? 0,
      text: str(ev.text) ?? '',
      date: str(ev.date),
    };
  });
  return groupEvidenceHits(rows, query, docs);
}
