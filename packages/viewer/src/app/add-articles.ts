import type { Controller } from './controller';
import { h } from './dom';
import { editorToken, onEditorTokenChange } from './editor-session';

/** One document of POST /api/documents (mirrors @kg/schema's IngestDocument). */
export interface PostedDocument {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  format: 'text' | 'markdown' | 'html';
}

export const ARTICLE_FILES = '.txt,.md,.markdown,.html,.htm';

/** The format the server reads a file in, from its name; undefined: not an article file. */
export function formatOf(name: string): PostedDocument['format'] | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

interface IngestAnswer {
  documents: string[];
  failures: Array<{ origin: string; message: string }>;
  report: { documents: number; unchanged: number; relations: number };
}

/** "2 documents, 14 relations added (1 unchanged)" and the failures, one per line. */
export function describeIngest(a: IngestAnswer): string {
  const added = a.report.documents - a.report.unchanged;
  const unchanged = a.report.unchanged ? ` (${a.report.unchanged} unchanged)` : '';
  const docs = `${added} document${added === 1 ? '' : 's'}`;
  const rels = `${a.report.relations} relation${a.report.relations === 1 ? '' : 's'}`;
  const lines = [`${docs}, ${rels} added${unchanged}`];
  for (const f of a.failures) lines.push(`Not added: ${f.origin}: ${f.message}`);
  return lines.join('\n');
}

/** What the server's refusal means for the person at the dialog. */
function explainRefusal(status: number, message: string): string {
  if (status === 401)
    return 'The editor token was refused: open the editor link `kg start` printed (the server makes a new one at each start).';
  if (status === 403) return `This server takes no articles: ${message}`;
  return message;
}

async function post(docs: PostedDocument[], token: string): Promise<string> {
  const res = await fetch('api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documents: docs }),
  });
  const body = (await res.json().catch(() => ({}))) as Partial<IngestAnswer> & {
    error?: { message: string; details?: { failures?: IngestAnswer['failures'] } };
  };
  if (res.status === 422 && body.error?.details?.failures) {
    return body.error.details.failures
      .map((f) => `Not added: ${f.origin}: ${f.message}`)
      .join('\n');
  }
  if (!res.ok)
    throw new Error(explainRefusal(res.status, body.error?.message ?? `HTTP ${res.status}`));
  return describeIngest(body as IngestAnswer);
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'add-field' }, [
    h('span', { class: 'field-label', text: label }),
    input,
  ]);
}

/** The "Add articles" dialog: pasted text (title, date, source optional) and/or files. */
export function openAddArticles(ctl: Controller): HTMLDialogElement {
  const title = h('input', { attrs: { type: 'text', maxlength: 1000 } });
  const date = h('input', { attrs: { type: 'date' } });
  const source = h('input', { attrs: { type: 'url', placeholder: 'https://…' } });
  const text = h('textarea', { attrs: { rows: 7, placeholder: 'Paste the article text here' } });
  const files = h('input', { attrs: { type: 'file', multiple: true, accept: ARTICLE_FILES } });
  const result = h('p', { class: 'add-result', attrs: { role: 'status', 'aria-live': 'polite' } });
  const add = h('button', { class: 'button primary', text: 'Add', attrs: { type: 'submit' } });
  const form = h('form', { class: 'add-form' }, [
    field('Text', text),
    h('div', { class: 'add-row' }, [
      field('Title (optional)', title),
      field('Date (optional)', date),
    ]),
    field('Source URL (optional)', source),
    field('Or choose files (.txt, .md, .html)', files),
    result,
    h('div', { class: 'add-actions' }, [
      h('button', { class: 'button', text: 'Close', attrs: { type: 'button', value: 'close' } }),
      add,
    ]),
  ]);
  const dialog = h(
    'dialog',
    { class: 'share-dialog add-dialog', attrs: { 'aria-label': 'Add articles' } },
    [h('h2', { class: 'panel-title', text: 'Add articles' }), form],
  );
  form.querySelector('button[value="close"]')!.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void submit();
  });
  async function submit(): Promise<void> {
    const token = editorToken();
    if (!token) return void (result.textContent = 'Open the editor link to add articles.');
    const meta = {
      ...(date.value ? { date: date.value } : {}),
      ...(source.value.trim() ? { source: source.value.trim() } : {}),
    };
    const docs: PostedDocument[] = [];
    if (text.value.trim()) {
      docs.push({
        text: text.value,
        format: 'text',
        ...meta,
        ...(title.value.trim() ? { title: title.value.trim() } : {}),
      });
    }
    const skipped: string[] = [];
    for (const f of Array.from(files.files ?? [])) {
      const format = formatOf(f.name);
      if (format) docs.push({ text: await f.text(), format, ...meta });
      else skipped.push(f.name);
    }
    if (docs.length === 0) {
      result.textContent = skipped.length
        ? `Not an article file: ${skipped.join(', ')} (give .txt, .md or .html)`
        : 'Paste a text or choose files first.';
      return;
    }
    add.disabled = true;
    result.textContent = `Adding ${docs.length} document${docs.length === 1 ? '' : 's'}…`;
    try {
      const line = await post(docs, token);
      result.textContent = skipped.length ? `${line}\nSkipped: ${skipped.join(', ')}` : line;
      form.reset();
    } catch (err) {
      result.textContent = (err as Error).message;
      ctl.notify('Adding articles failed', 'error');
    } finally {
      add.disabled = false;
    }
  }
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  text.focus();
  return dialog;
}

/** The toolbar's "Add articles" button: shown only while the tab holds an editor token. */
export function createAddArticlesButton(root: HTMLElement, ctl: Controller): HTMLButtonElement {
  const button = h('button', {
    class: 'button',
    text: 'Add articles',
    attrs: { type: 'button', 'aria-label': 'Add articles', 'data-needs-server': '' },
    on: { click: () => void openAddArticles(ctl) },
  });
  const sync = (token: string | undefined) => (button.hidden = !token);
  sync(editorToken());
  onEditorTokenChange(sync);
  root.append(button);
  return button;
}
