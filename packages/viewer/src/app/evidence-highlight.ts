import type { EvidenceRow, Highlight } from '@kg/schema';

export type HighlightRole = Highlight['role'];
export interface TextSegment {
  text: string;
  role?: HighlightRole;
}

type Span = Pick<EvidenceRow, 'start' | 'end' | 'text' | 'highlights'>;

/**
 * Highlights are character offsets into the document (like the sentence's own start/end);
 * spans that only fit inside the sentence text are taken as sentence-relative.
 */
function toLocal(row: Span): Highlight[] {
  const len = row.text.length;
  const fitsDoc = row.highlights.every((h) => h.start >= row.start && h.end <= row.start + len);
  const shift = fitsDoc ? row.start : 0;
  return row.highlights
    .map((h) => ({ ...h, start: h.start - shift, end: h.end - shift }))
    .filter((h) => h.start >= 0 && h.end <= len && h.end > h.start);
}

/**
 * Split a sentence into plain and highlighted segments. Overlapping highlights: the one that
 * starts first wins and later ones are clipped, so every character appears exactly once.
 */
export function highlightSegments(row: Span): TextSegment[] {
  const spans = toLocal(row).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  let pos = 0;
  for (const h of spans) {
    const start = Math.max(h.start, pos);
    if (start >= h.end) continue;
    if (start > pos) out.push({ text: row.text.slice(pos, start) });
    out.push({ text: row.text.slice(start, h.end), role: h.role });
    pos = h.end;
  }
  if (pos < row.text.length) out.push({ text: row.text.slice(pos) });
  return out;
}
