import type { Controller } from './controller';
import { clear, h } from './dom';
import { swatch } from './legend';
import { describeCount, visibleCounts } from './visible-counts';

/**
 * Top actors by PageRank and degree, community count and modularity. Counts and the ranking
 * follow the filters (hidden actors are not listed); PageRank and communities are computed on
 * the whole loaded graph, which the panel says.
 */
export function createMetricsPanel(root: HTMLElement, ctl: Controller): void {
  function render(): void {
    clear(root);
    const { graph } = ctl;
    const m = ctl.metrics;
    const hidden = ctl.state.visibility.hiddenNodes;
    const shown = visibleCounts(graph, ctl.state.visibility);
    root.append(
      h('dl', { class: 'metrics' }, [
        h('dt', { text: 'Actors' }),
        h('dd', { text: describeCount(shown.actors, shown.actorsTotal, 'actors') }),
        h('dt', { text: 'Relations' }),
        h('dd', { text: describeCount(shown.relations, shown.relationsTotal, 'relations') }),
        h('dt', { text: 'Communities (Louvain)' }),
        h('dd', { text: String(m.communities) }),
        h('dt', { text: 'Modularity' }),
        h('dd', { text: m.modularity !== undefined ? m.modularity.toFixed(3) : '–' }),
      ]),
    );
    const top = graph
      .filterNodes((n) => !hidden.has(n))
      .map((n) => ({ n, a: graph.getNodeAttributes(n) }))
      .sort((x, y) => (y.a.pagerank ?? 0) - (x.a.pagerank ?? 0))
      .slice(0, 10);
    if (!top.length) return;
    root.append(
      h('h3', {
        class: 'section-title',
        text: shown.filtered
          ? 'Most central shown (PageRank of the whole graph)'
          : 'Most central (PageRank)',
      }),
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
