import type { Controller } from './controller';
import { clear, h } from './dom';
import { swatch } from './legend';

/** Top actors by PageRank and degree, community count and modularity. */
export function createMetricsPanel(root: HTMLElement, ctl: Controller): void {
  function render(): void {
    clear(root);
    const { graph } = ctl;
    const m = ctl.metrics;
    root.append(
      h('dl', { class: 'metrics' }, [
        h('dt', { text: 'Actors' }),
        h('dd', { text: String(graph.order) }),
        h('dt', { text: 'Relations' }),
        h('dd', { text: String(graph.size) }),
        h('dt', { text: 'Communities (Louvain)' }),
        h('dd', { text: String(m.communities) }),
        h('dt', { text: 'Modularity' }),
        h('dd', { text: m.modularity !== undefined ? m.modularity.toFixed(3) : '–' }),
      ]),
    );
    const top = graph
      .mapNodes((n, a) => ({ n, a }))
      .sort((x, y) => (y.a.pagerank ?? 0) - (x.a.pagerank ?? 0))
      .slice(0, 10);
    if (!top.length) return;
    root.append(
      h('h3', { class: 'section-title', text: 'Most central (PageRank)' }),
      h(
        'ol',
        { class: 'ranking' },
        top.map(({ n, a }) =>
          h('li', {}, [
            h(
              'button',
              {
                class: 'link-button',
                attrs: { type: 'button' },
                on: { click: () => void ctl.select(n) },
              },
              [swatch(a.color, 'dot'), a.label],
            ),
            h('span', {
              class: 'muted',
              text: ` ${(a.pagerank ?? 0).toFixed(3)} · deg ${a.degree}`,
            }),
          ]),
        ),
      ),
    );
  }
  ctl.on('metrics', render);
  ctl.on('view', render);
  render();
}
