import {
  queryWords,
  wordMatches,
  type EvidenceHit,
  type EvidenceSearchQuery,
  type EvidenceSearchResponse,
  type RelationType,
} from '@kg/schema';

/** An evidence row that matched a search, as a store reads it. */
export interface EvidenceMatchRow {
  relationId: string;
  source: string;
  type: string;
  target: string;
  docId: string;
  sentence: number;
  text: string;
  date?: string;
}

export interface DocFields {
  title?: string;
  date?: string;
  source?: string;
}

/**
 * Evidence rows a store may read for one search: a sentence that supports several relations
 * comes once per relation, so a few rows per wanted sentence, plus one to tell "more".
 */
export const searchRowCap = (limit: number): number => limit * 8 + 1;

/** The words a store looks for (lower-case; every one must occur in the sentence). */
export const searchWords = (q: EvidenceSearchQuery): string[] => queryWords(q.q);

/**
 * One hit per sentence (document + sentence index): its relations, the document's fields and
 * where the query's words occur; newest first (undated last), then by document and sentence.
 * `rows` are what the store read (at most `searchRowCap(limit)`).
 */
export function groupEvidenceHits(
  rows: readonly EvidenceMatchRow[],
  query: EvidenceSearchQuery,
  docs: ReadonlyMap<string, DocFields | undefined>,
): EvidenceSearchResponse {
  const words = searchWords(query);
  const hits = new Map<string, EvidenceHit>();
  for (const r of rows) {
    const key = `${r.docId}\u0000${r.sentence}`;
    let hit = hits.get(key);
    if (!hit) {
      const doc = docs.get(r.docId);
      hit = { docId: r.docId, sentence: r.sentence, text: r.text, relations: [], matches: [] };
      if (doc?.title) hit.docTitle = doc.title;
      if (doc?.date) hit.docDate = doc.date;
      if (doc?.source) hit.docSource = doc.source;
      if (r.date) hit.date = r.date;
      hit.matches = wordMatches(r.text, words);
      hits.set(key, hit);
    }
    if (!hit.relations.some((x) => x.id === r.relationId))
      hit.relations.push({
        id: r.relationId,
        source: r.source,
        type: r.type as RelationType,
        target: r.target,
      });
  }
  const day = (h: EvidenceHit) => h.date ?? h.docDate ?? '';
  const sorted = [...hits.values()].sort(
    (a, b) =>
      day(b).localeCompare(day(a)) ||
      (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) ||
      a.sentence - b.sentence,
  );
  for (const h of sorted) h.relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    results: sorted.slice(0, query.limit),
    truncated: sorted.length > query.limit || rows.length >= searchRowCap(query.limit),
  };
}
