import type { CypherResult } from '@kg/schema';
import { entityTypeColor } from './colors';
import type { Controller } from './controller';
import { toCell, type Cell, type CellContext } from './cypher-cells';
import { h } from './dom';
import { swatch } from './legend';
import { openRelation } from './relation-focus';

const MAX_ROWS_SHOWN = 200;

const punct = (text: string) => h('span', { class: 'punct', text });

/**
 * The result table: typed cells (actor chips focus the actor, relations open their evidence);
 * rows of bookkeeping records only (evidence, documents) are marked, and counted.
 */
export function resultTable(
  res: CypherResult,
  ctl: Controller,
): { table?: HTMLElement; bookkeeping: number } {
  if (!res.columns.length) return { bookkeeping: 0 };
  let bookkeeping = 0;
  const ctx: CellContext = {
    actors: new Map(res.nodes.map((n) => [n.id, n])),
    relations: new Map(res.edges.map((e) => [e.id, e])),
  };
  const nameOf = (id: string) => ctx.actors.get(id)?.name ?? id;

  function render(c: Cell): HTMLElement | string {
    switch (c.kind) {
      case 'null':
        return '';
      case 'scalar':
        return h('span', { class: `cell-${c.type}`, text: c.text });
      case 'actor':
        return h(
          'button',
          {
            class: 'chip actor-chip',
            attrs: { type: 'button', title: `${c.type} · show ${c.name}` },
            on: {
              click: () =>
                void ctl.select(c.id).catch((e: Error) => ctl.notify(e.message, 'error')),
            },
          },
          [swatch(entityTypeColor(c.type), 'dot'), c.name],
        );
      case 'relation':
        return h('button', {
          class: 'chip relation-chip',
          text: `${nameOf(c.source)} —${c.relType}→ ${nameOf(c.target)}`,
          attrs: { type: 'button', title: 'Open the evidence of this relation' },
          on: {
            click: () =>
              void openRelation(ctl, c.id, c.source).catch((e: Error) =>
                ctl.notify(e.message, 'error'),
              ),
          },
        });
      case 'record':
        return h(
          'span',
          { class: 'record-cell', attrs: { title: `${c.label}: not drawn in the graph` } },
          [
            h('span', { class: 'chip record-chip', text: c.what }),
            c.summary ? h('span', { class: 'record-summary', text: c.summary }) : '',
          ],
        );
      case 'path':
        return h('span', { class: 'cell-path' }, c.items.map(render));
      case 'list': {
        const parts: Array<HTMLElement | string> = [punct('[')];
        c.items.forEach((x, i) => parts.push(...(i ? [punct(', ')] : []), render(x)));
        return h('span', { class: 'cell-list' }, [...parts, punct(']')]);
      }
      case 'map':
        return h(
          'dl',
          { class: 'cell-map' },
          c.entries.flatMap(([k, x]) => [h('dt', { text: k }), h('dd', {}, [render(x)])]),
        );
    }
  }

  const rows = res.rows.slice(0, MAX_ROWS_SHOWN).map((row) => {
    const cells = row.map((v) => toCell(v, ctx));
    const records =
      cells.some((c) => c.kind === 'record') &&
      cells.every((c) => c.kind === 'record' || c.kind === 'null');
    if (records) bookkeeping++;
    return h(
      'tr',
      { class: records ? 'bookkeeping' : undefined },
      cells.map((c) =>
        h(
          'td',
          { class: `cell ${c.kind}`, attrs: c.kind === 'null' ? { 'aria-label': 'null' } : {} },
          [render(c)],
        ),
      ),
    );
  });
  const table = h('table', {}, [
    h('thead', {}, [
      h(
        'tr',
        {},
        res.columns.map((c) => h('th', { text: c, attrs: { scope: 'col' } })),
      ),
    ]),
    h('tbody', {}, rows),
  ]);
  return { table, bookkeeping };
}
