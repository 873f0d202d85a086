import type { SavedViewSummary } from '@kg/schema';
import { ApiClientError } from './api-client';
import type { Controller } from './controller';
import { clear, h } from './dom';
import { editorToken, setEditorToken } from './editor-session';
import { collectPositions, toSavedState } from './saved-view';

/** `?view=<id>` on the same page (other parameters dropped: the saved view holds them). */
export function savedViewUrl(pageUrl: string, id: string): string {
  const u = new URL(pageUrl);
  u.search = `?view=${encodeURIComponent(id)}`;
  u.hash = '';
  return u.href;
}

function field(label: string, value = '', type = 'text'): HTMLInputElement {
  const input = h('input', { attrs: { type, 'aria-label': label, placeholder: label } });
  input.value = value;
  return input;
}

/**
 * "Save view" (name, title, caption; state + camera + node positions) and the list of saved
 * views to reopen. `onSaved` gets the new view's permalink.
 */
export function createSavedViewsSection(
  ctl: Controller,
  pageUrl: string,
  onSaved: (url: string) => void,
): HTMLElement {
  const { api, view } = ctl;
  const name = field('View name', view.title ?? '');
  const title = field('View title', view.title ?? '');
  const caption = field('View caption', view.caption ?? '');
  // The tab's editor token (editor-session.ts); the field only appears when the server asks.
  const token = field('API token', '', 'password');
  const tokenRow = h('div', { class: 'row' }, [token]);
  tokenRow.hidden = true;
  const status = h('p', { class: 'field-hint', attrs: { role: 'status' } });
  const list = h('ul', { class: 'saved-views', attrs: { 'aria-label': 'Saved views' } });

  const renderList = (views: SavedViewSummary[]) => {
    clear(list);
    if (!views.length) list.append(h('li', { class: 'muted', text: 'No saved views yet' }));
    for (const v of [...views].reverse())
      list.append(
        h('li', {}, [
          h('a', { text: v.name, attrs: { href: savedViewUrl(pageUrl, v.id) } }),
          h('span', { class: 'muted', text: ` · ${v.createdAt.slice(0, 10)}` }),
        ]),
      );
  };
  const refreshList = () =>
    api.listViews().then(renderList, (e: Error) => (status.textContent = e.message));

  const save = h('button', { class: 'button', text: 'Save view', attrs: { type: 'button' } });
  save.addEventListener('click', async () => {
    if (!name.value.trim()) {
      status.textContent = 'Give the view a name first';
      return name.focus();
    }
    save.disabled = true;
    status.textContent = 'Saving…';
    const cam = ctl.renderer.getCamera().getState();
    view.camera = { x: cam.x, y: cam.y, ratio: cam.ratio };
    try {
      const rec = await api.saveView(
        {
          name: name.value.trim(),
          state: toSavedState(view),
          positions: collectPositions((fn) => ctl.graph.forEachNode(fn)),
          title: title.value.trim() || undefined,
          caption: caption.value.trim() || undefined,
        },
        token.value.trim() || editorToken(),
      );
      if (token.value.trim()) setEditorToken(token.value);
      const url = savedViewUrl(pageUrl, rec.id);
      status.textContent = `Saved “${rec.name}”. The links above now open it.`;
      onSaved(url);
      void refreshList();
    } catch (e) {
      const err = e as Error;
      if (err instanceof ApiClientError && err.status === 401) {
        tokenRow.hidden = false;
        token.focus();
        status.textContent =
          'This server needs its editor token (KG_API_TOKEN; `kg start` prints an editor link) to save views.';
      } else status.textContent = err.message;
    } finally {
      save.disabled = false;
    }
  });
  void refreshList();
  return h('section', { class: 'saved-views-section', attrs: { 'aria-label': 'Saved views' } }, [
    h('label', { class: 'field-label', text: 'Save this view' }),
    h('div', { class: 'row' }, [name]),
    h('div', { class: 'row' }, [title]),
    h('div', { class: 'row' }, [caption]),
    tokenRow,
    h('div', { class: 'row' }, [save]),
    status,
    h('label', { class: 'field-label', text: 'Saved views' }),
    list,
  ]);
}
