import type { Controller } from './controller';
import { clear, h } from './dom';
import { createDataApi } from './data-api';
import { createDocumentsList } from './documents-list';
import { createEvidenceSearch } from './evidence-search';
import { createGraphTables } from './graph-tables';

/** A tab of the data sheet: built on first show, told when the graph or filters change. */
export interface DataTab {
  id: string;
  label: string;
  /** The tab's content; called once, the first time the tab is shown. */
  build(): HTMLElement;
  /** The graph or its filters changed (only called once built). */
  update?(): void;
}

const narrow = () => matchMedia('(max-width: 900px)').matches;

/**
 * The data sheet ("Data" in the toolbar): tables of what is loaded (actors,
 * relations) and, with a server, of the store (documents, evidence search). Nothing is built
 * before it is first opened; while closed it does no work when the graph changes. A bottom
 * sheet over the graph on a wide screen, full screen on a phone (closed again when a row opens
 * something in the graph).
 */
export function createDataView(ctl: Controller) {
  let root: HTMLElement | undefined;
  const built = new Map<string, { tab: DataTab; panel: HTMLElement; stale: boolean }>();
  let active = 'actors';

  function close(): void {
    if (root) root.hidden = true;
    document.body.classList.remove('data-open');
  }
  const closeOnPhone = () => narrow() && close();

  function tabs(): DataTab[] {
    const graph = createGraphTables(ctl, { beforeOpen: closeOnPhone });
    return [
      { id: 'actors', label: 'Actors', build: () => graph.actors, update: graph.update },
      { id: 'relations', label: 'Relations', build: () => graph.relations, update: graph.update },
      ...(ctl.api.offline ? [] : serverTabs()),
    ];
  }

  /** Tables over the whole store (not only what is loaded): a standalone file has none. */
  function serverTabs(): DataTab[] {
    const api = createDataApi();
    return [
      {
        id: 'documents',
        label: 'Documents',
        build: () => createDocumentsList(ctl, api),
      },
      {
        id: 'evidence',
        label: 'Evidence search',
        build: () => createEvidenceSearch(ctl, api, { beforeOpen: closeOnPhone }),
      },
    ];
  }

  function create(): HTMLElement {
    const list = tabs();
    const body = h('div', { class: 'data-body' });
    const bar = h('div', { class: 'data-tabs', attrs: { role: 'tablist', 'aria-label': 'Data' } });
    const show = (id: string) => {
      active = id;
      const tab = list.find((t) => t.id === id)!;
      let entry = built.get(id);
      if (!entry) {
        entry = {
          tab,
          panel: h('div', { attrs: { role: 'tabpanel', 'aria-label': tab.label } }, [tab.build()]),
          stale: true,
        };
        built.set(id, entry);
      }
      if (entry.stale) {
        entry.stale = false;
        tab.update?.();
      }
      for (const b of bar.children)
        b.setAttribute('aria-selected', String(b.id === `data-tab-${id}`));
      clear(body);
      body.append(entry.panel);
    };
    bar.append(
      ...list.map((t) =>
        h('button', {
          class: 'data-tab',
          text: t.label,
          attrs: { id: `data-tab-${t.id}`, type: 'button', role: 'tab' },
          on: { click: () => show(t.id) },
        }),
      ),
    );
    const el = h(
      'section',
      { class: 'data-view', attrs: { id: 'data-view', 'aria-label': 'Data tables' } },
      [
        h('header', { class: 'data-head' }, [
          bar,
          h('button', {
            class: 'icon-button close',
            text: '×',
            attrs: { type: 'button', 'aria-label': 'Close data tables', title: 'Close (Esc)' },
            on: { click: close },
          }),
        ]),
        body,
      ],
    );
    el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        close();
      }
    });
    // 'view' also follows selection and styling: only a change of what is visible counts
    const { graph, state } = ctl;
    const seen = () =>
      `${graph.order}/${graph.size}/${state.visibility.hiddenNodes.size}/${state.visibility.hiddenEdges.size}`;
    let drawn = seen();
    const changed = (force: boolean) => {
      if (!force && seen() === drawn) return;
      drawn = seen();
      for (const entry of built.values()) entry.stale = true;
      if (root && !root.hidden) show(active);
    };
    ctl.on('graph', () => changed(true));
    ctl.on('view', () => changed(false));
    show(active);
    return el;
  }

  return {
    toggle(): void {
      if (root && !root.hidden) return close();
      if (!root) document.querySelector('main.stage')!.append((root = create()));
      else root.hidden = false;
      document.body.classList.add('data-open');
      root.querySelector<HTMLElement>('[aria-selected=true]')?.focus();
    },
    close,
  };
}
