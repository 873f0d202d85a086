import type { Controller } from './controller';
import { h } from './dom';
import { createEmbedCheck } from './embed-check';
import { createSavedViewsSection } from './saved-views-ui';

export const EMBED_SIZES = [
  { label: 'Small 480×360', width: '480', height: '360' },
  { label: 'Medium 800×600', width: '800', height: '600' },
  { label: 'Full width × 600', width: '100%', height: '600' },
] as const;

/** Permalink of the embed view for the same state: `/embed` replaces the page path. */
export function embedUrl(pageUrl: string): string {
  const u = new URL(pageUrl);
  u.pathname = u.pathname.replace(/\/(index\.html)?$/, '') + '/embed';
  u.pathname = u.pathname.replace(/\/{2,}/g, '/');
  return u.href;
}

export function iframeSnippet(
  src: string,
  width: string,
  height: string,
  title = 'Knowledge graph',
): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(src)}" width="${esc(width)}" height="${esc(height)}" title="${esc(title)}" style="border:1px solid #d8dce3;border-radius:8px" loading="lazy" allowfullscreen></iframe>`;
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select and copy';
  }
  setTimeout(() => (button.textContent = 'Copy'), 1500);
}

/** The Share dialog: permalink + embed <iframe> snippet with size options, saved views. */
export function openShareDialog(pageUrl: string, ctl?: Controller): HTMLDialogElement {
  const link = h('input', { attrs: { type: 'text', readonly: true, 'aria-label': 'Permalink' } });
  link.value = pageUrl;
  let shared = pageUrl;
  const size = h(
    'select',
    { attrs: { 'aria-label': 'Embed size' } },
    EMBED_SIZES.map((s, i) => h('option', { text: s.label, attrs: { value: i } })),
  );
  const snippet = h('textarea', { attrs: { readonly: true, rows: 4, 'aria-label': 'Embed code' } });
  const update = () => {
    const s = EMBED_SIZES[Number(size.value)];
    snippet.value = iframeSnippet(embedUrl(shared), s.width, s.height);
  };
  const setUrl = (url: string) => {
    shared = url;
    link.value = url;
    update();
  };
  size.addEventListener('change', update);
  update();
  const copyBtn = (src: HTMLInputElement | HTMLTextAreaElement) => {
    const b = h('button', { class: 'button small', text: 'Copy', attrs: { type: 'button' } });
    b.addEventListener('click', () => void copy(src.value, b));
    return b;
  };
  const dialog = h(
    'dialog',
    { class: 'share-dialog', attrs: { 'aria-label': 'Share this view' } },
    [
      h('h2', { class: 'panel-title', text: 'Share this view' }),
      h('label', { class: 'field-label', text: 'Permalink' }),
      h('div', { class: 'row' }, [link, copyBtn(link)]),
      h('label', { class: 'field-label', text: 'Embed in a report' }),
      h('div', { class: 'row' }, [size, copyBtn(snippet)]),
      snippet,
      ctl?.api.offline ? null : createEmbedCheck(() => embedUrl(shared)),
      ctl && !ctl.api.offline ? createSavedViewsSection(ctl, pageUrl, setUrl) : null,
      h('form', { attrs: { method: 'dialog' } }, [
        h('button', { class: 'button', text: 'Close', attrs: { type: 'submit' } }),
      ]),
    ],
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
