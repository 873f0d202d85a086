import { clear, h } from './dom';
import type { LegendItem } from './legend-items';
import { describeVisible, type VisibleCounts } from './visible-counts';

/** Colour set through CSSOM (allowed under a strict style-src CSP, unlike style attributes). */
export function swatch(color: string, cls = 'swatch'): HTMLSpanElement {
  const el = h('span', { class: cls, attrs: { 'aria-hidden': 'true' } });
  el.style.setProperty('--swatch', color);
  return el;
}

/**
 * The on-screen legend; the same items feed the PNG/SVG exports. With `counts` and filters on,
 * it says that its figures count what is shown ("2 of 5 actors · 3 of 9 relations shown").
 */
export function renderLegend(root: HTMLElement, items: LegendItem[], counts?: VisibleCounts): void {
  clear(root);
  const nodes = items.filter((i) => i.kind === 'node');
  const edges = items.filter((i) => i.kind === 'edge');
  const section = (title: string, list: LegendItem[]) =>
    h('div', { class: 'legend-section' }, [
      h('h3', { class: 'legend-title', text: title }),
      h(
        'ul',
        { class: 'legend-list' },
        list.map((i) =>
          h('li', { class: `legend-item legend-${i.kind}` }, [
            swatch(i.color),
            h('span', { class: 'legend-label', text: i.label }),
            h('span', { class: 'legend-count', text: String(i.count) }),
          ]),
        ),
      ),
    ]);
  const wasOpen = root.dataset.collapsed !== 'true';
  const box = h('details', { class: 'legend-box' }, [
    h('summary', { class: 'legend-toggle', text: 'Legend', attrs: { 'aria-label': 'Legend' } }),
    counts?.filtered ? h('p', { class: 'legend-note', text: describeVisible(counts) }) : null,
    h('div', { class: 'legend-body' }, [
      nodes.length ? section('Actors', nodes) : null,
      edges.length ? section('Relations', edges) : null,
    ]),
  ]);
  box.open = wasOpen;
  box.addEventListener('toggle', () => (root.dataset.collapsed = String(!box.open)));
  root.append(box);
  root.hidden = items.length === 0;
}
