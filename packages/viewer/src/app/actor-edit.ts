import type { GraphNode, SearchResult } from '@kg/schema';
import { ENTITY_TYPES } from '@kg/schema/constants';
import type { Curation } from './curation';
import { openFormDialog, selectField, textField } from './curation-dialog';
import type { Controller } from './controller';
import { clear, h } from './dom';
import { parseRelationId, rejectedAround, relationText } from './curation-notes';
import { createEntityCombobox } from './search-box';

const ref = (e: GraphNode) => ({ id: e.id, name: e.name });
const TYPE_OPTIONS = ENTITY_TYPES.map((t): [string, string] => [t, t]);

/** Notes on an actor ("merged from Erdo", rejected relations around it), with Undo for editors. */
export function actorNotes(
  cur: Curation,
  id: string,
  nameOf: (id: string) => string | undefined,
): HTMLElement {
  const box = h('section', { class: 'curation-notes', attrs: { 'aria-label': 'Corrections' } });
  box.hidden = true;
  void cur.log().then(
    (log) => {
      const notes = log.notes.entities[id] ?? [];
      const rejected = rejectedAround(log.notes, id);
      if (!notes.length && !rejected.length) return;
      box.hidden = false;
      const items = [
        ...notes.map((n) => noteItem(cur, n.text, n.correction, `${n.by}, ${n.at.slice(0, 10)}`)),
        ...rejected.map(({ relation, note }) => {
          const k = parseRelationId(relation)!;
          const what = relationText(k.source, k.type, k.target, nameOf);
          return noteItem(cur, `${what}: ${note.text}`, note.correction, note.at.slice(0, 10));
        }),
      ];
      box.append(h('ul', { class: 'note-list' }, items));
    },
    () => undefined, // notes are extra: the details stay usable without them
  );
  return box;
}

/** One note; editors get an Undo button for the correction behind it. */
export function noteItem(
  cur: Curation,
  text: string,
  correction: string,
  meta: string,
): HTMLElement {
  const li = h('li', { class: 'curation-note' }, [
    h('span', { class: 'note-text', text }),
    h('span', { class: 'muted', text: ` · ${meta}` }),
  ]);
  if (cur.canEdit())
    li.append(
      h('button', {
        class: 'link-button',
        text: 'Undo',
        attrs: { type: 'button', title: `Undo: ${text}`, 'data-correction': correction },
        on: { click: () => void cur.undo(correction).catch((e: Error) => cur.fail(e)) },
      }),
    );
  return li;
}

/** Rename / Change type / Merge into… / Split alias off, for editors. */
export function actorActions(cur: Curation, ctl: Controller, e: GraphNode): HTMLElement | null {
  if (!cur.canEdit()) return null;
  const btn = (text: string, action: string, run: () => void) =>
    h('button', {
      class: 'button small',
      text,
      attrs: { type: 'button', 'data-curate': action },
      on: { click: run },
    });
  return h(
    'div',
    {
      class: 'details-actions curation-actions',
      attrs: { role: 'group', 'aria-label': 'Correct this actor' },
    },
    [
      btn('Rename', 'rename', () => rename(cur, e)),
      btn('Change type', 'retype', () => retype(cur, e)),
      btn('Merge into…', 'merge', () => mergeInto(cur, ctl, e)),
      e.aliases.length ? btn('Split alias off', 'split', () => split(cur, e)) : null,
    ],
  );
}

function rename(cur: Curation, e: GraphNode): void {
  const name = textField('New name', e.name, { required: '', maxlength: '300' });
  openFormDialog({
    title: `Rename ${e.name}`,
    body: [name.row],
    submit: 'Rename',
    onSubmit: async (why) => {
      await cur.correct(
        { kind: 'rename', actor: ref(e), name: name.input.value.trim() },
        why,
        `Renamed to ${name.input.value.trim()}`,
      );
    },
  });
}

function retype(cur: Curation, e: GraphNode): void {
  const type = selectField('Type', TYPE_OPTIONS, e.type);
  openFormDialog({
    title: `Change the type of ${e.name}`,
    intro: `Now: ${e.type}`,
    body: [type.row],
    submit: 'Change type',
    onSubmit: (why) =>
      cur
        .correct(
          { kind: 'retype', actor: ref(e), type: type.select.value as GraphNode['type'] },
          why,
          `Type changed to ${type.select.value}`,
        )
        .then(() => undefined),
  });
}

/** Merge `e` into a survivor picked by search (its aliases, mentions and relations move). */
export function mergeInto(cur: Curation, ctl: Controller, e: GraphNode): void {
  let survivor: SearchResult | undefined;
  const chosen = h('p', {
    class: 'muted',
    attrs: { 'aria-live': 'polite' },
    text: 'No actor chosen yet',
  });
  const combo = createEntityCombobox({
    api: ctl.api,
    label: 'Merge into actor',
    placeholder: 'Search the actor to keep…',
    onSelect: (r) => {
      survivor = r.id === e.id ? undefined : r;
      clear(chosen);
      chosen.textContent = survivor ? `Keeps: ${r.name} (${r.type})` : 'Pick another actor';
    },
  });
  openFormDialog({
    title: `Merge ${e.name} into…`,
    intro: `${e.name} disappears; its names, mentions and relations go to the actor you pick.`,
    body: [h('label', { class: 'field-label', text: 'Actor to keep' }), combo.root, chosen],
    submit: 'Merge',
    onSubmit: async (why) => {
      if (!survivor) throw new Error('Pick the actor to keep first (type its name, then Enter).');
      const s = survivor;
      await cur.correct(
        { kind: 'merge', survivor: { id: s.id, name: s.name }, merged: [ref(e)] },
        why,
        `Merged ${e.name} into ${s.name}`,
        s.id,
      );
    },
  });
}

function split(cur: Curation, e: GraphNode): void {
  const alias = selectField(
    'Alias',
    e.aliases.map((a): [string, string] => [a, a]),
  );
  const name = textField('Name of the actor it becomes', e.aliases[0] ?? '', {
    required: '',
    maxlength: '300',
  });
  const type = selectField('Its type', TYPE_OPTIONS, 'Person');
  alias.select.addEventListener('change', () => (name.input.value = alias.select.value));
  openFormDialog({
    title: `Split an alias off ${e.name}`,
    intro: 'The alias’s mentions (and their relations) move to an actor of their own.',
    body: [alias.row, name.row, type.row],
    submit: 'Split off',
    onSubmit: async (why) => {
      await cur.correct(
        {
          kind: 'split',
          actor: ref(e),
          alias: alias.select.value,
          into: { name: name.input.value.trim(), type: type.select.value as GraphNode['type'] },
        },
        why,
        `Split “${alias.select.value}” off ${e.name}`,
      );
    },
  });
}
