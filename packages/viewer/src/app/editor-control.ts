import type { Controller } from './controller';
import { editorName, setEditorName, type Curation } from './curation';
import { openFormDialog, textField } from './curation-dialog';
import { editorToken, setEditorToken } from './editor-session';
import { clear, h } from './dom';
import { defaultSurvivor } from './multi-select';

/** Toolbar control: "Sign in as editor" (asks for the token) or "Editing as …" + Sign out. */
export function createEditorControl(cur: Curation): HTMLElement {
  const root = h('div', { class: 'editor-control', attrs: { 'data-needs-server': '' } });
  const render = () => {
    clear(root);
    if (!editorToken()) {
      root.append(
        h('button', {
          class: 'button',
          text: 'Edit',
          attrs: {
            type: 'button',
            'aria-label': 'Sign in as editor',
            title: 'Sign in as editor to correct the graph',
          },
          on: { click: signIn },
        }),
      );
      return;
    }
    root.append(
      h('span', { class: 'editor-badge', text: `Editing as ${editorName() ?? 'editor'}` }),
      h('button', {
        class: 'button small',
        text: 'Sign out',
        attrs: { type: 'button', 'aria-label': 'Stop editing (sign out)' },
        on: { click: () => setEditorToken(undefined) },
      }),
    );
  };
  const signIn = () => {
    const token = textField('Editor token', '', {
      type: 'password',
      required: '',
      autocomplete: 'off',
    });
    const name = textField('Your name (shown in the corrections log)', editorName() ?? '', {
      maxlength: '200',
    });
    openFormDialog({
      title: 'Sign in as editor',
      intro:
        'The token is the KG_API_TOKEN the server runs with (`kg start` prints an editor link with it). Kept in this tab only.',
      body: [token.row, name.row],
      submit: 'Sign in',
      why: false,
      onSubmit: async () => {
        setEditorName(name.input.value);
        setEditorToken(token.input.value);
      },
    });
  };
  cur.onChange(render);
  render();
  return root;
}

/**
 * The multi-select bar over the graph: the actors picked (shift/ctrl-click, or M on the selected
 * actor), "Merge N actors" (choose the survivor) and Clear. Editors only.
 */
export function createMultiSelectBar(
  stage: HTMLElement,
  cur: Curation,
  ctl: Controller,
): HTMLElement {
  const bar = h('div', {
    class: 'multi-bar',
    attrs: { role: 'region', 'aria-label': 'Selected actors' },
  });
  bar.hidden = true;
  stage.append(bar);
  const name = (id: string) =>
    ctl.graph.hasNode(id) ? ctl.graph.getNodeAttribute(id, 'label') : id;
  const render = () => {
    const ids = cur.selection.list();
    bar.hidden = !ids.length || !cur.canEdit();
    clear(bar);
    if (bar.hidden) return;
    bar.append(
      h('span', {
        class: 'multi-names',
        text: `${ids.length} selected: ${ids.map(name).join(', ')}`,
      }),
      h('button', {
        class: 'button small primary',
        text: `Merge ${ids.length} actors`,
        attrs: { type: 'button', disabled: ids.length < 2 },
        on: { click: () => mergeSelected(cur, ctl, ids, name) },
      }),
      h('button', {
        class: 'button small',
        text: 'Clear',
        attrs: { type: 'button', 'aria-label': 'Clear the selection' },
        on: { click: () => cur.selection.clear() },
      }),
    );
  };
  cur.onChange(render);
  // shift/ctrl/⌘-click adds or removes an actor (a plain click still opens its details)
  ctl.renderer.on('clickNode', ({ node, event }) => {
    const o = event.original as MouseEvent;
    if (cur.canEdit() && (o.shiftKey || o.ctrlKey || o.metaKey)) cur.selection.toggle(node);
  });
  document.addEventListener('keydown', (ev) => {
    const t = ev.target as HTMLElement | null;
    if (ev.key !== 'm' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
    if (!cur.canEdit() || !ctl.state.selected) return;
    ev.preventDefault();
    const on = cur.selection.toggle(ctl.state.selected);
    ctl.notify(`${name(ctl.state.selected)} ${on ? 'added to' : 'removed from'} the selection`);
  });
  return bar;
}

function mergeSelected(
  cur: Curation,
  ctl: Controller,
  ids: string[],
  name: (id: string) => string,
): void {
  const degree = (id: string) => (ctl.graph.hasNode(id) ? ctl.graph.degree(id) : 0);
  const best = defaultSurvivor(ids, degree);
  const radios = ids.map((id) => {
    const input = h('input', { attrs: { type: 'radio', name: 'survivor', value: id } });
    input.checked = id === best;
    return {
      id,
      input,
      row: h('label', { class: 'field check' }, [
        input,
        h('span', { text: `${name(id)} (${degree(id)} relations)` }),
      ]),
    };
  });
  openFormDialog({
    title: `Merge ${ids.length} actors`,
    intro: 'Keep one; the others are folded into it (names, mentions, relations).',
    body: [
      h('fieldset', { class: 'survivor' }, [
        h('legend', { text: 'Actor to keep' }),
        ...radios.map((r) => r.row),
      ]),
    ],
    submit: 'Merge',
    onSubmit: async (why) => {
      const keep = radios.find((r) => r.input.checked)?.id;
      if (!keep) throw new Error('Choose the actor to keep.');
      const ref = (id: string) => ({ id, name: name(id) });
      await cur.correct(
        { kind: 'merge', survivor: ref(keep), merged: ids.filter((x) => x !== keep).map(ref) },
        why,
        `Merged ${ids
          .filter((x) => x !== keep)
          .map(name)
          .join(', ')} into ${name(keep)}`,
        keep,
      );
      cur.selection.clear();
    },
  });
}
