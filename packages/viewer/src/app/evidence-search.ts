import type { EvidenceHit } from '@kg/schema';
import type { Controller } from './controller';
import type { DataApi } from './data-api';
import { clear, debounce, h } from './dom';
import { openDocument } from './open-document';
import { openRelation } from './relation-focus';

/** The sentence with the query's words as <mark> (text nodes only: never parsed as HTML). */
export function markedText(hit: Pick<EvidenceHit, 'text' | 'matches'>): Array<Node | string> {
  const out: Array<Node | string> = [];
  let at = 0;
  for (const m of hit.matches) {
    if (m.start < at || m.end > hit.text.length) continue;
    if (m.start > at) out.push(hit.text.slice(at, m.start));
    out.push(h('mark', { class: 'hl-query', text: hit.text.slice(m.start, m.end) }));
    at = m.end;
  }
  if (at < hit.text.length) out.push(hit.text.slice(at));
  return out;
}

/**
 * Full-text search over the evidence sentences (GET /api/evidence/search): every word must
 * occur. A result lists the relations it supports (opening one shows its evidence in the
 * details panel) and its document (opened read-only).
 */
export function createEvidenceSearch(
  ctl: Controller,
  api: DataApi,
  opts: { beforeOpen(): void },
): HTMLElement {
  const input = h('input', {
    class: 'data-filter',
    attrs: {
      type: 'search',
      placeholder: 'Words in evidence sentences…',
      'aria-label': 'Search evidence sentences',
    },
  });
  const status = h('span', { class: 'data-status muted', attrs: { 'aria-live': 'polite' } });
  const list = h('ol', { class: 'evidence-hits', attrs: { 'aria-label': 'Matching sentences' } });
  const nameOf = (id: string) =>
    ctl.graph.hasNode(id) ? ctl.graph.getNodeAttribute(id, 'label') : id;
  let token = 0;

  function hitView(hit: EvidenceHit): HTMLElement {
    const date = hit.date ?? hit.docDate;
    return h('li', { class: 'evidence-hit' }, [
      h('blockquote', { class: 'evidence-text' }, markedText(hit)),
      h('div', { class: 'hit-relations' }, [
        ...hit.relations.map((r) =>
          h('button', {
            class: 'chip',
            text: `${nameOf(r.source)} → ${r.type} → ${nameOf(r.target)}`,
            attrs: { type: 'button', title: 'Show this relation and its evidence' },
            on: {
              click: () => {
                opts.beforeOpen();
                void openRelation(ctl, r.id, r.source).catch((e: Error) =>
                  ctl.notify(e.message, 'error'),
                );
              },
            },
          }),
        ),
      ]),
      h('cite', { class: 'evidence-source' }, [
        h('button', {
          class: 'link-button',
          text: hit.docTitle ?? hit.docId,
          attrs: { type: 'button', title: 'Open the document' },
          on: { click: () => void openDocument(ctl, hit.docId) },
        }),
        date ? h('time', { class: 'evidence-date', text: date, attrs: { datetime: date } }) : null,
      ]),
    ]);
  }

  async function run(): Promise<void> {
    const q = input.value.trim();
    const mine = ++token;
    if (q.length < 2) {
      clear(list);
      status.textContent = q ? 'Type at least 2 characters' : '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const res = await api.searchEvidence(q);
      if (mine !== token) return;
      clear(list);
      list.append(...res.results.map(hitView));
      const n = res.results.length;
      status.textContent = n
        ? `${n}${res.truncated ? '+' : ''} sentence${n === 1 && !res.truncated ? '' : 's'}`
        : 'No sentence holds all these words';
    } catch (err) {
      if (mine !== token) return;
      status.textContent = (err as Error).message;
    }
  }

  input.addEventListener(
    'input',
    debounce(() => void run(), 300),
  );
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') void run();
  });
  return h('div', { class: 'data-pane' }, [
    h('div', { class: 'data-controls' }, [input, status]),
    h('div', { class: 'data-scroll' }, [list]),
  ]);
}
