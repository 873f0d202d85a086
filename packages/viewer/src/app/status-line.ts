import type { Stats } from '@kg/schema';
import type { Controller } from './controller';
import { clear, h } from './dom';
import { describeVisible, visibleCounts } from './visible-counts';

const describeStore = (stats?: Stats) =>
  stats
    ? `Store: ${stats.entities} actors · ${stats.relations} relations · ` +
      `${stats.documents} documents · ${stats.dialect}`
    : '';

/**
 * The footer: what is on screen under the current filters ("40 of 60 actors · 49 of 112
 * relations shown (filters on)"), then the store's totals. Follows every graph and filter change;
 * the returned function replaces the store's totals (after a refresh).
 */
export function bindStatusLine(
  root: HTMLElement,
  ctl: Controller,
  stats?: Stats,
): (stats: Stats) => void {
  let store = describeStore(stats);
  const render = () => {
    const shown = describeVisible(visibleCounts(ctl.graph, ctl.state.visibility));
    clear(root);
    root.append(
      h('span', { class: 'stats-line', text: shown }),
      store ? h('span', { class: 'stats-line', text: store }) : '',
    );
  };
  for (const ev of ['graph', 'view', 'drawn'] as const) ctl.on(ev, render);
  render();
  return (next) => {
    store = describeStore(next);
    render();
  };
}
