import type { Document } from '@kg/schema';
import type { Controller } from './controller';
import { MAX_LISTED_DOCUMENTS, type DataApi } from './data-api';
import { createDataTable } from './data-table';
import { h } from './dom';
import { openDocument } from './open-document';
import type { Column } from './table-model';

const host = (source?: string): string => {
  if (!source) return '';
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
};

const COLUMNS: ReadonlyArray<Column<Document>> = [
  { key: 'title', label: 'Title', value: (d) => d.title ?? d.id },
  { key: 'date', label: 'Date', value: (d) => d.date },
  { key: 'source', label: 'Source', value: (d) => host(d.source) },
  { key: 'sentences', label: 'Sentences', value: (d) => d.sentences, numeric: true },
];

/** The stored documents (read once, on first show), sortable; a row opens the document. */
export function createDocumentsList(ctl: Controller, api: DataApi): HTMLElement {
  const note = h('p', { class: 'muted data-note', text: 'Loading documents…' });
  const table = createDataTable<Document>({
    label: 'Documents',
    columns: COLUMNS,
    sort: 'date',
    typeOf: (d) => host(d.source),
    allTypes: 'All sources',
    onOpen: (d) => void openDocument(ctl, d.id),
  });
  api.documents().then(
    ({ total, documents }) => {
      note.hidden = total <= documents.length;
      note.textContent = `The ${MAX_LISTED_DOCUMENTS} newest of ${total} documents.`;
      table.setRows(documents);
    },
    (err: Error) => {
      note.textContent = err.message;
      note.classList.add('error');
    },
  );
  return h('div', { class: 'data-pane' }, [note, table.root]);
}
