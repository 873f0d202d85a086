import type { SearchResult } from '@kg/schema';
import type { ApiClient } from './api-client';
import { entityTypeColor } from './colors';
import { clear, debounce, h } from './dom';
import { swatch } from './legend';

let seq = 0;

export interface EntityComboboxOptions {
  api: ApiClient;
  label: string;
  placeholder?: string;
  onSelect: (result: SearchResult) => void;
  onError?: (message: string) => void;
}

/**
 * Autocomplete (WAI-ARIA combobox + listbox): ArrowUp/Down move, Enter picks the active option
 * (or the best match), Escape closes then clears.
 */
export function createEntityCombobox(opts: EntityComboboxOptions) {
  const id = `kg-combo-${++seq}`;
  const input = h('input', {
    class: 'combo-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-label': opts.label,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: opts.placeholder ?? '',
    },
  });
  const list = h('ul', {
    class: 'combo-list',
    attrs: { id: `${id}-list`, role: 'listbox', 'aria-label': `${opts.label} results` },
  });
  list.hidden = true;
  const root = h('div', { class: 'combo' }, [input, list]);
  let results: SearchResult[] = [];
  let active = -1;
  let pending: Promise<SearchResult[]> | undefined;

  function open(isOpen: boolean): void {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) input.removeAttribute('aria-activedescendant');
  }

  function setActive(i: number): void {
    active = results.length ? (i + results.length) % results.length : -1;
    list
      .querySelectorAll('[role=option]')
      .forEach((el, j) => el.setAttribute('aria-selected', String(j === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  }

  function render(): void {
    clear(list);
    results.forEach((r, i) => {
      list.append(
        h(
          'li',
          {
            class: 'combo-option',
            attrs: {
              id: `${id}-opt-${i}`,
              role: 'option',
              'aria-selected': 'false',
              'data-id': r.id,
            },
            on: { mousedown: (ev) => ev.preventDefault(), click: () => pick(r) },
          },
          [
            swatch(entityTypeColor(r.type), 'dot'),
            h('span', { class: 'option-name', text: r.name }),
            h('span', { class: 'option-type', text: `${r.type} · ${r.degree}` }),
          ],
        ),
      );
    });
    if (!results.length) list.append(h('li', { class: 'combo-empty', text: 'No matching actors' }));
    open(document.activeElement === input);
    setActive(-1);
  }

  async function query(): Promise<SearchResult[]> {
    const q = input.value.trim();
    if (!q) {
      results = [];
      open(false);
      return results;
    }
    pending = opts.api.search(q, 8);
    try {
      const res = await pending;
      if (input.value.trim() === q) {
        results = res;
        render();
      }
      return res;
    } catch (err) {
      opts.onError?.((err as Error).message);
      return [];
    }
  }
  const queryLater = debounce(() => void query(), 150);

  function pick(r: SearchResult): void {
    input.value = r.name;
    open(false);
    opts.onSelect(r);
  }

  input.addEventListener('input', queryLater);
  input.addEventListener('blur', () => setTimeout(() => open(false), 100));
  input.addEventListener('keydown', async (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden && results.length) open(true);
      setActive(active + (ev.key === 'ArrowDown' ? 1 : -1));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      const chosen = active >= 0 ? results[active] : (await query())[0];
      if (chosen) pick(chosen);
      else if (input.value.trim()) opts.onError?.(`No actor matches “${input.value.trim()}”`);
    } else if (ev.key === 'Escape') {
      if (!list.hidden) {
        ev.stopPropagation();
        open(false);
      } else input.value = '';
    }
  });
  return { root, input, clear: () => ((input.value = ''), open(false)) };
}
