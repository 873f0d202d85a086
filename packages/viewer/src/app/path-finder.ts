import type { Controller } from './controller';
import { clear, h } from './dom';
import { createEntityCombobox } from './search-box';

/** Shortest paths between two actors: result replaces the graph, the path stays highlighted. */
export function createPathFinder(root: HTMLElement, ctl: Controller) {
  const ends: { from?: string; to?: string } = {};
  const result = h('div', { class: 'path-result', attrs: { 'aria-live': 'polite' } });
  const combo = (which: 'from' | 'to', label: string) =>
    createEntityCombobox({
      api: ctl.api,
      label,
      placeholder: which === 'from' ? 'From actor…' : 'To actor…',
      onSelect: (r) => (ends[which] = r.id),
      onError: (m) => ctl.notify(m, 'error'),
    });
  const fromBox = combo('from', 'Path start');
  const toBox = combo('to', 'Path end');
  const hops = h(
    'select',
    { attrs: { 'aria-label': 'Maximum hops' } },
    [2, 3, 4, 5, 6].map((n) => h('option', { text: `${n} hops`, attrs: { value: n } })),
  );
  hops.value = '4';

  async function find(): Promise<void> {
    clear(result);
    if (!ends.from || !ends.to) {
      result.append(h('p', { class: 'error', text: 'Pick both actors from the suggestions.' }));
      return;
    }
    try {
      const res = await ctl.api.paths(ends.from, ends.to, Number(hops.value));
      if (!res.paths.length) {
        result.append(h('p', { class: 'muted', text: 'No path within that many hops.' }));
        return;
      }
      // Highlighted from the first frame, while the layout settles.
      await ctl.replaceGraph(res.subgraph, {
        layoutMs: 1200,
        path: {
          nodes: new Set(res.paths.flatMap((p) => p.nodes)),
          edges: new Set(res.paths.flatMap((p) => p.edges)),
        },
      });
      const name = (id: string) =>
        ctl.graph.hasNode(id) ? ctl.graph.getNodeAttribute(id, 'label') : id;
      result.append(
        h('p', {
          class: 'muted',
          text: `${res.paths.length} shortest path${res.paths.length > 1 ? 's' : ''}`,
        }),
        h(
          'ol',
          { class: 'paths' },
          res.paths.map((p) => h('li', { text: p.nodes.map(name).join(' → ') })),
        ),
        h('button', {
          class: 'button small',
          text: 'Clear highlight',
          attrs: { type: 'button' },
          on: {
            click: () => {
              ctl.state.path = undefined;
              ctl.refresh();
              clear(result);
            },
          },
        }),
      );
    } catch (err) {
      result.append(
        h('p', { class: 'error', attrs: { role: 'alert' }, text: (err as Error).message }),
      );
    }
  }

  root.append(
    fromBox.root,
    toBox.root,
    h('div', { class: 'row' }, [
      hops,
      h('button', {
        class: 'button primary',
        text: 'Find paths',
        attrs: { type: 'button' },
        on: { click: () => void find() },
      }),
    ]),
    result,
  );
  return {
    setEndpoint(which: 'from' | 'to', id: string, name: string): void {
      ends[which] = id;
      (which === 'from' ? fromBox : toBox).input.value = name;
      root.closest('details')?.setAttribute('open', '');
    },
  };
}
