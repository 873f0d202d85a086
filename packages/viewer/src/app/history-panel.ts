import type { Curation } from './curation';
import { correctionStatuses, describeCorrection, shortTime } from './curation-notes';
import { clear, h } from './dom';

/**
 * "Corrections" section of the tools panel: the whole log, newest first (what, who, when, why,
 * status active / undone / stale), Undo for active ones when editing. Fetched when first opened.
 */
export function createHistoryPanel(
  tools: HTMLElement,
  cur: Curation,
  nameOf: (id: string) => string | undefined,
): HTMLDetailsElement {
  const body = h('div', { class: 'section-body history' });
  const section = h('details', { attrs: { 'data-needs-server': '', id: 'history' } }, [
    h('summary', { text: 'Corrections history' }),
    body,
  ]);
  const footer = tools.querySelector('.tools-footer');
  tools.insertBefore(section, footer);

  async function render(): Promise<void> {
    if (!section.open) return;
    let log;
    try {
      log = await cur.log();
    } catch (err) {
      clear(body);
      body.append(h('p', { class: 'error', text: (err as Error).message }));
      return;
    }
    clear(body);
    const status = correctionStatuses(log);
    const byId = new Map(log.records.map((r) => [r.id, r]));
    if (!log.records.length) body.append(h('p', { class: 'muted', text: 'No corrections yet.' }));
    const list = h('ol', {
      class: 'history-list',
      attrs: { 'aria-label': 'Corrections, newest first' },
    });
    for (const r of [...log.records].reverse()) {
      const st = status.get(r.id) ?? 'stale';
      const what = describeCorrection(r, (id) => byId.get(id), nameOf);
      list.append(
        h('li', { class: `history-item ${st}`, attrs: { 'data-correction': r.id } }, [
          h('span', { class: 'history-what', text: what }),
          h('span', { class: `status-chip ${st}`, text: st === 'undo' ? 'undo' : st }),
          h('span', { class: 'muted history-meta', text: `${r.author} · ${shortTime(r.at)}` }),
          r.why ? h('span', { class: 'history-why', text: `“${r.why}”` }) : null,
          st === 'active' && cur.canEdit()
            ? h('button', {
                class: 'link-button',
                text: 'Undo',
                attrs: { type: 'button', title: `Undo: ${what}` },
                on: { click: () => void cur.undo(r.id).catch(cur.fail) },
              })
            : null,
        ]),
      );
    }
    body.append(list);
  }
  section.addEventListener('toggle', () => void render());
  cur.onChange(() => void render());
  return section;
}
