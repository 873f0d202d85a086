import type { Controller } from './controller';
import { createDataApi } from './data-api';
import { h } from './dom';

let reader: ((docId: string) => void) | undefined;

/** Open documents with this reader from now on (the workbench's document reader). */
export function useDocumentReader(open: (docId: string) => void): void {
  reader = open;
}

/**
 * Open a stored document: with the reader set by `useDocumentReader`, or else a minimal
 * read-only view (title, date, source, text) in a dialog. The one entry point the data tables use.
 */
export async function openDocument(ctl: Controller, docId: string): Promise<void> {
  if (reader) return reader(docId);
  let doc;
  try {
    doc = await createDataApi().document(docId);
  } catch (err) {
    ctl.notify((err as Error).message, 'error');
    return;
  }
  const meta = [doc.date, doc.source].filter(Boolean).join(' · ');
  const paragraphs = doc.text.split(/\n\s*\n/).filter((p) => p.trim());
  const dialog = h(
    'dialog',
    { class: 'document-dialog', attrs: { 'aria-label': `Document: ${doc.title ?? doc.id}` } },
    [
      h('header', { class: 'document-head' }, [
        h('h2', { text: doc.title ?? doc.id }),
        h('form', { attrs: { method: 'dialog' } }, [
          h('button', {
            class: 'icon-button close',
            text: '×',
            attrs: { 'aria-label': 'Close document', title: 'Close (Esc)' },
          }),
        ]),
      ]),
      meta ? h('p', { class: 'muted', text: meta }) : null,
      h(
        'div',
        { class: 'document-text' },
        paragraphs.map((p) => h('p', { text: p })),
      ),
    ],
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
