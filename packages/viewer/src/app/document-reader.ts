import type { SearchResult } from '@kg/schema';
import { RELATION_TYPES } from '@kg/schema/constants';
import type { Controller } from './controller';
import type { Curation } from './curation';
import { checkField, openFormDialog, selectField } from './curation-dialog';
import { clear, h } from './dom';
import { offsetWithin, readerSentences, trimSpan, type Span } from './reader-text';
import { createEntityCombobox } from './search-box';

export interface ReaderContext {
  docId: string;
  /** Evidence spans in this document (highlighted; the first is scrolled to). */
  evidence: Span[];
  /** Actors to start the "Add relation" form with (the relation the reader was opened from). */
  source?: { id: string; name: string };
  target?: { id: string; name: string };
  /** Relation type to start with. */
  type?: string;
}

/**
 * The document of an evidence, whole: its sentences focusable (Tab, Enter picks one), evidence
 * sentences highlighted; editors select a sentence or part of one and add the relation it states.
 */
export function openDocumentReader(
  cur: Curation,
  ctl: Controller,
  ctx: ReaderContext,
): HTMLDialogElement {
  const text = h('div', { class: 'reader-text', attrs: { 'aria-label': 'Document text' } }, [
    h('p', { class: 'muted', text: 'Loading the document…' }),
  ]);
  const meta = h('p', { class: 'muted reader-meta' });
  const picked = h('p', { class: 'reader-picked', attrs: { 'aria-live': 'polite' } });
  let span: Span | undefined;
  let docText = '';
  const add = h('button', {
    class: 'button primary',
    text: 'Add relation…',
    attrs: { type: 'button', disabled: true, 'data-curate': 'add' },
    on: { click: () => span && addRelation(cur, ctl, ctx, span, docText, () => dialog.close()) },
  });
  const setSpan = (s: Span | undefined) => {
    span = s && trimSpan(docText, s);
    add.disabled = !span;
    picked.textContent = span ? `Selected: “${docText.slice(span.start, span.end)}”` : '';
  };
  const close = h('button', { class: 'button', text: 'Close', attrs: { type: 'button' } });
  const title = h('h2', { class: 'panel-title', text: ctx.docId });
  const dialog = h(
    'dialog',
    { class: 'share-dialog reader-dialog', attrs: { 'aria-label': 'Document reader' } },
    [
      title,
      meta,
      text,
      cur.canEdit()
        ? h('p', {
            class: 'field-hint',
            text: 'Select a sentence (or Tab to it and press Enter) to add the relation it states.',
          })
        : null,
      picked,
      h('div', { class: 'dialog-actions' }, [close, cur.canEdit() ? add : null]),
    ],
  );
  close.addEventListener('click', () => dialog.close());
  const onSelection = () => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return;
    const r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return;
    setSpan({
      start: offsetWithin(text, r.startContainer, r.startOffset),
      end: offsetWithin(text, r.endContainer, r.endOffset),
    });
  };
  document.addEventListener('selectionchange', onSelection);
  dialog.addEventListener('close', () => {
    document.removeEventListener('selectionchange', onSelection);
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();

  void cur.client.document(ctx.docId).then(
    (doc) => {
      docText = doc.text;
      title.textContent = doc.title ?? doc.id;
      meta.textContent = [doc.date, doc.source].filter(Boolean).join(' · ');
      clear(text);
      let at = 0;
      let first: HTMLElement | undefined;
      for (const s of readerSentences(doc.text, ctx.evidence)) {
        if (s.start > at) text.append(doc.text.slice(at, s.start));
        const el = h('span', {
          class: s.evidence ? 'sentence evidence-sentence' : 'sentence',
          text: doc.text.slice(s.start, s.end),
          attrs: { tabindex: 0, 'data-start': s.start },
        });
        if (s.evidence) el.setAttribute('title', 'evidence of this relation');
        el.addEventListener('keydown', (ev) => {
          if (ev.key !== 'Enter' && ev.key !== ' ') return;
          ev.preventDefault();
          document.getSelection()?.selectAllChildren(el);
          setSpan({ start: s.start, end: s.end });
        });
        if (s.evidence) first ??= el;
        text.append(el);
        at = s.end;
      }
      if (at < doc.text.length) text.append(doc.text.slice(at));
      first?.scrollIntoView({ block: 'center' });
    },
    (err: Error) => {
      clear(text);
      text.append(h('p', { class: 'error', attrs: { role: 'alert' }, text: err.message }));
    },
  );
  return dialog;
}

function actorPicker(ctl: Controller, label: string, initial?: { id: string; name: string }) {
  let chosen: { id: string; name: string } | undefined = initial;
  const combo = createEntityCombobox({
    api: ctl.api,
    label,
    placeholder: 'Search actors…',
    onSelect: (r: SearchResult) => (chosen = { id: r.id, name: r.name }),
  });
  if (initial) combo.input.value = initial.name;
  combo.input.addEventListener('input', () => (chosen = undefined));
  const row = h('div', { class: 'field' }, [
    h('label', { class: 'field-label', text: label }),
    combo.root,
  ]);
  return { row, get: () => chosen };
}

function addRelation(
  cur: Curation,
  ctl: Controller,
  ctx: ReaderContext,
  span: Span,
  docText: string,
  done: () => void,
): void {
  const source = actorPicker(ctl, 'Source actor', ctx.source);
  const type = selectField(
    'Relation',
    RELATION_TYPES.map((t): [string, string] => [t, t]),
    ctx.type,
  );
  const target = actorPicker(ctl, 'Target actor', ctx.target);
  const negated = checkField('Negated (the sentence says it did not happen)');
  openFormDialog({
    title: 'Add a relation',
    intro: `From: “${docText.slice(span.start, span.end)}”`,
    body: [source.row, type.row, target.row, negated.row],
    submit: 'Add relation',
    onSubmit: async (why) => {
      const s = source.get();
      const t = target.get();
      if (!s || !t)
        throw new Error('Pick both actors from the search lists (type a name, then Enter).');
      await cur.correct(
        {
          kind: 'add',
          relation: {
            source: s.id,
            type: type.select.value as (typeof RELATION_TYPES)[number],
            target: t.id,
            negated: negated.input.checked,
          },
          evidence: { docId: ctx.docId, start: span.start, end: span.end },
        },
        why,
        `Added ${s.name} —${type.select.value}→ ${t.name}`,
      );
      done();
    },
  });
}
