import type { EntityType, RelationType } from '@kg/schema';
import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema/constants';
import { edgeColor, entityTypeColor } from './colors';
import type { Controller } from './controller';
import { clear, h } from './dom';
import { addDays, dateExtent, daysBetween } from './filter-state';
import { swatch } from './legend';

function checkbox(
  label: string,
  checked: boolean,
  color: string,
  onChange: (on: boolean) => void,
): HTMLElement {
  const input = h('input', {
    attrs: { type: 'checkbox' },
    on: { change: () => onChange(input.checked) },
  });
  input.checked = checked;
  return h('label', { class: 'check' }, [input, swatch(color, 'dot'), h('span', { text: label })]);
}

/** Filters: entity types, relation kinds, date range, min confidence, hide isolated, timeline. */
export function createFilters(root: HTMLElement, ctl: Controller) {
  const { view } = ctl;
  const apply = () => {
    ctl.refresh();
    ctl.emit('view');
  };
  const toggle = <T extends string>(
    all: readonly T[],
    current: T[],
    value: T,
    on: boolean,
  ): T[] => {
    const visible = new Set(current.length ? current : all);
    if (on) visible.add(value);
    else visible.delete(value);
    return visible.size === all.length ? [] : all.filter((v) => visible.has(v));
  };

  const typesBox = h('fieldset', { class: 'field' }, [h('legend', { text: 'Actor types' })]);
  const relBox = h('fieldset', { class: 'field rel-kinds' }, [
    h('legend', { text: 'Relation kinds' }),
  ]);
  const relList = h('div', { class: 'check-list' });
  relBox.append(relList);
  for (const t of ENTITY_TYPES) {
    typesBox.append(
      checkbox(t, !view.types.length || view.types.includes(t), entityTypeColor(t), (on) => {
        view.types = toggle<EntityType>(ENTITY_TYPES, view.types, t, on);
        apply();
      }),
    );
  }

  function renderRelationKinds(): void {
    const present = new Set<string>(view.relationTypes);
    ctl.graph.forEachEdge((_e, a) => present.add(a.relation.relType));
    clear(relList);
    for (const t of RELATION_TYPES.filter((r) => present.has(r))) {
      relList.append(
        checkbox(
          t,
          !view.relationTypes.length || view.relationTypes.includes(t),
          edgeColor(t),
          (on) => {
            view.relationTypes = toggle<RelationType>(RELATION_TYPES, view.relationTypes, t, on);
            apply();
          },
        ),
      );
    }
    if (!present.size) relList.append(h('p', { class: 'muted', text: 'No relations loaded.' }));
  }

  const dateInput = (label: string, key: 'from' | 'to') => {
    const input = h('input', {
      attrs: { type: 'date', 'aria-label': label },
      on: {
        change: () => {
          view[key] = input.value || undefined;
          syncTimeline();
          apply();
        },
      },
    });
    input.value = view[key] ?? '';
    return input;
  };
  const fromInput = dateInput('From date', 'from');
  const toInput = dateInput('To date', 'to');

  const conf = h('input', {
    attrs: { type: 'range', min: 0, max: 1, step: 0.05, 'aria-label': 'Minimum confidence' },
  });
  conf.value = String(view.minConfidence);
  const confOut = h('output', { text: view.minConfidence.toFixed(2) });
  conf.addEventListener('input', () => {
    view.minConfidence = Number(conf.value);
    confOut.textContent = view.minConfidence.toFixed(2);
    apply();
  });

  const isolated = checkbox('Hide isolated actors', view.hideIsolated, 'transparent', (on) => {
    view.hideIsolated = on;
    apply();
  });

  // Timeline: replays edges by date (moves the upper bound of the window).
  const slider = h('input', {
    attrs: { type: 'range', min: 0, max: 0, step: 1, 'aria-label': 'Timeline' },
  });
  const when = h('output', { class: 'timeline-date', text: '' });
  const play = h('button', {
    class: 'button small',
    text: '▶ Play',
    attrs: { type: 'button', 'aria-label': 'Play timeline' },
  });
  let timer: ReturnType<typeof setInterval> | undefined;
  function syncTimeline(): void {
    const { min, max } = dateExtent(ctl.graph);
    const span = min && max ? daysBetween(min, max) : 0;
    slider.max = String(span);
    slider.disabled = span === 0;
    play.disabled = span === 0;
    slider.value = String(
      view.to && min ? Math.max(0, Math.min(span, daysBetween(min, view.to))) : span,
    );
    when.textContent = min ? (view.to ?? max ?? '') : 'No dated relations';
  }
  slider.addEventListener('input', () => {
    const { min, max } = dateExtent(ctl.graph);
    if (!min || !max) return;
    const v = Number(slider.value);
    view.to = v >= Number(slider.max) ? undefined : addDays(min, v);
    toInput.value = view.to ?? '';
    when.textContent = view.to ?? max;
    apply();
  });
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
  };
  play.addEventListener('click', () => {
    if (timer) return stop();
    const max = Number(slider.max);
    if (Number(slider.value) >= max) {
      slider.value = '0';
      slider.dispatchEvent(new Event('input'));
    }
    play.textContent = '❚❚ Pause';
    const step = Math.max(1, Math.round(max / 60));
    timer = setInterval(() => {
      slider.value = String(Math.min(max, Number(slider.value) + step));
      slider.dispatchEvent(new Event('input'));
      if (Number(slider.value) >= max) stop();
    }, 120);
  });

  root.append(
    typesBox,
    relBox,
    h('fieldset', { class: 'field' }, [
      h('legend', { text: 'Date range' }),
      h('div', { class: 'row' }, [fromInput, h('span', { text: '–' }), toInput]),
    ]),
    h('fieldset', { class: 'field' }, [
      h('legend', { text: 'Timeline' }),
      h('div', { class: 'row' }, [play, when]),
      slider,
    ]),
    h('fieldset', { class: 'field' }, [
      h('legend', { text: 'Minimum confidence' }),
      h('div', { class: 'row' }, [conf, confOut]),
    ]),
    isolated,
  );
  ctl.on('graph', () => {
    renderRelationKinds();
    syncTimeline();
  });
  renderRelationKinds();
  syncTimeline();
}
