import { h } from './dom';

let seq = 0;

/** A labelled input (the label is the accessible name). */
export function textField(label: string, value = '', attrs: Record<string, string> = {}) {
  const id = `kg-field-${++seq}`;
  const input = h('input', { attrs: { id, type: 'text', ...attrs } });
  input.value = value;
  return { input, row: h('div', { class: 'field' }, [labelFor(id, label), input]) };
}

export function selectField(label: string, options: ReadonlyArray<[string, string]>, value = '') {
  const id = `kg-field-${++seq}`;
  const select = h(
    'select',
    { attrs: { id } },
    options.map(([v, text]) => h('option', { text, attrs: { value: v } })),
  );
  if (value) select.value = value;
  return { select, row: h('div', { class: 'field' }, [labelFor(id, label), select]) };
}

export function checkField(label: string) {
  const input = h('input', { attrs: { type: 'checkbox' } });
  return { input, row: h('label', { class: 'field check' }, [input, h('span', { text: label })]) };
}

function labelFor(id: string, text: string): HTMLElement {
  return h('label', { class: 'field-label', text, attrs: { for: id } });
}

export interface FormDialogOptions {
  title: string;
  /** One line under the title: what the correction does. */
  intro?: string;
  body: HTMLElement[];
  submit: string;
  /** Runs on Enter / the submit button; a thrown error is shown and the dialog stays open. */
  onSubmit(why: string | undefined): Promise<void>;
  /** Adds the optional "Why" field (every correction records a reason). */
  why?: boolean;
}

/**
 * Modal form dialog (native `<dialog>`: focus stays inside, Escape cancels, Enter submits).
 * Errors (a refused token, a conflicting correction) are shown in it, not behind it.
 */
export function openFormDialog(o: FormDialogOptions): HTMLDialogElement {
  const why = o.why === false ? undefined : textField('Why (optional)', '', { maxlength: '2000' });
  const status = h('p', { class: 'dialog-error', attrs: { role: 'alert' } });
  const submit = h('button', {
    class: 'button primary',
    text: o.submit,
    attrs: { type: 'submit' },
  });
  const cancel = h('button', { class: 'button', text: 'Cancel', attrs: { type: 'button' } });
  const form = h('form', { class: 'curation-form' }, [
    ...o.body,
    why?.row ?? null,
    status,
    h('div', { class: 'dialog-actions' }, [cancel, submit]),
  ]);
  const dialog = h(
    'dialog',
    { class: 'share-dialog curation-dialog', attrs: { 'aria-label': o.title } },
    [
      h('h2', { class: 'panel-title', text: o.title }),
      o.intro ? h('p', { class: 'muted', text: o.intro }) : null,
      form,
    ],
  );
  cancel.addEventListener('click', () => dialog.close());
  // Escape in an open suggestion list closes the list, not the dialog
  dialog.addEventListener(
    'keydown',
    (ev) => {
      const t = ev.target as HTMLElement;
      if (ev.key === 'Escape' && t.getAttribute('aria-expanded') === 'true') ev.preventDefault();
    },
    true,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    status.textContent = '';
    o.onSubmit(why?.input.value.trim() || undefined).then(
      () => dialog.close(),
      (err: Error) => {
        submit.disabled = false;
        status.textContent = err.message.replace(/^@kg\/viewer\/api: /, '');
      },
    );
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
