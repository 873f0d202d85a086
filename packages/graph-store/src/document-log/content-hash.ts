import { createHash } from 'node:crypto';

export interface LoggedDocument {
  id: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
}

/**
 * `sha256:<hex>` of a document's canonical content: its id, title, date, source and text, as a
 * JSON array (absent or empty fields as null: stores drop empty ones). The same document, from the log or read back from any
 * store, hashes the same.
 */
export function documentContentHash(doc: LoggedDocument): string {
  const canonical = JSON.stringify([
    doc.id,
    doc.title || null,
    doc.date || null,
    doc.source || null,
    doc.text,
  ]);
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}
