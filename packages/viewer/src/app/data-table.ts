import { clear, debounce, h } from './dom';
import { queryTable, type Column, type TableQuery } from './table-model';

export interface DataTableOptions<R> {
  /** What a row is, plural ("Actors"): the table's accessible name. */
  label: string;
  columns: ReadonlyArray<Column<R>>;
  sort: string;
  descending?: boolean;
  /** The type filter: each row's type, and the select's label ("All types"). */
  typeOf(row: R): string;
  allTypes: string;
  /** A cell other than the column's plain value. */
  cell?(row: R, column: Column<R>): Node | string | undefined;
  /** Enter / click on a row. */
  onOpen(row: R): void;
  pageSize?: number;
}

function format(v: string | number | boolean | undefined, numeric?: boolean): string {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : '';
  if (typeof v === 'number' && numeric && !Number.isInteger(v)) return v.toFixed(2);
  return String(v);
}

/**
 * A sortable, filterable, paginated table (one page of rows in the DOM, so 10k rows stay
 * smooth). Headers are sort buttons (aria-sort); rows take focus, ↑/↓ move, Enter opens.
 */
export function createDataTable<R>(opts: DataTableOptions<R>) {
  let rows: R[] = [];
  const q: TableQuery = {
    text: '',
    type: '',
    sort: opts.sort,
    descending: opts.descending ?? true,
    page: 0,
    pageSize: opts.pageSize ?? 100,
  };
  const text = h('input', {
    class: 'data-filter',
    attrs: { type: 'search', placeholder: 'Filter…', 'aria-label': `Filter ${opts.label}` },
  });
  const type = h('select', { attrs: { 'aria-label': `${opts.label} type` } });
  const status = h('span', { class: 'data-status muted', attrs: { 'aria-live': 'polite' } });
  const prev = h('button', { class: 'button', text: '‹ Prev', attrs: { type: 'button' } });
  const next = h('button', { class: 'button', text: 'Next ›', attrs: { type: 'button' } });
  const head = h('tr');
  const body = h('tbody');
  const table = h('table', { class: 'data-table', attrs: { 'aria-label': opts.label } }, [
    h('thead', {}, [head]),
    body,
  ]);
  const root = h('div', { class: 'data-pane' }, [
    h('div', { class: 'data-controls' }, [text, type, status, prev, next]),
    h('div', { class: 'data-scroll' }, [table]),
  ]);

  function renderHead(): void {
    clear(head);
    for (const c of opts.columns) {
      const active = c.key === q.sort;
      const sort = active ? (q.descending ? 'descending' : 'ascending') : 'none';
      const arrow = active ? (q.descending ? ' ▼' : ' ▲') : '';
      const btn = h('button', {
        class: 'sort-button',
        text: c.label + arrow,
        attrs: { type: 'button', title: `Sort by ${c.label}` },
        on: {
          click: () => {
            if (active) q.descending = !q.descending;
            else [q.sort, q.descending] = [c.key, c.numeric === true];
            render();
          },
        },
      });
      head.append(h('th', { class: c.numeric ? 'num' : '', attrs: { 'aria-sort': sort } }, [btn]));
    }
  }

  function renderRow(r: R): HTMLTableRowElement {
    const cells = opts.columns.map((c) =>
      h('td', { class: c.numeric ? 'num' : '' }, [
        opts.cell?.(r, c) ?? format(c.value(r), c.numeric),
      ]),
    );
    return h('tr', { attrs: { tabindex: 0 }, on: { click: () => opts.onOpen(r) } }, cells);
  }

  function render(): void {
    const page = queryTable(rows, opts.columns, q, opts.typeOf);
    q.page = page.page;
    renderHead();
    clear(body);
    body.append(...page.rows.map(renderRow));
    if (!page.rows.length)
      body.append(h('tr', {}, [h('td', { class: 'muted', text: 'Nothing matches.' })]));
    const from = page.matched ? page.page * q.pageSize + 1 : 0;
    const to = page.page * q.pageSize + page.rows.length;
    status.textContent = `${from}–${to} of ${page.matched}${page.matched < rows.length ? ` (${rows.length} in all)` : ''}`;
    prev.disabled = page.page === 0;
    next.disabled = page.page >= page.pages - 1;
  }

  const refilter = debounce(() => {
    q.text = text.value;
    q.page = 0;
    render();
  }, 120);
  text.addEventListener('input', refilter);
  type.addEventListener('change', () => {
    q.type = type.value;
    q.page = 0;
    render();
  });
  prev.addEventListener('click', () => (q.page--, render()));
  next.addEventListener('click', () => (q.page++, render()));
  body.addEventListener('keydown', (ev) => {
    const tr = (ev.target as HTMLElement).closest('tr');
    if (!tr) return;
    const move =
      ev.key === 'ArrowDown'
        ? tr.nextElementSibling
        : ev.key === 'ArrowUp'
          ? tr.previousElementSibling
          : null;
    if (move instanceof HTMLElement) {
      ev.preventDefault();
      move.focus();
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      tr.click();
    }
  });

  return {
    root,
    /** Replace the rows (the graph or its filters changed); filters, sort and page stay. */
    setRows(next: R[]): void {
      rows = next;
      const types = [...new Set(rows.map(opts.typeOf))].filter(Boolean).sort();
      const keep = types.includes(q.type) ? q.type : '';
      clear(type);
      type.append(
        h('option', { text: opts.allTypes, attrs: { value: '' } }),
        ...types.map((t) => h('option', { text: t, attrs: { value: t } })),
      );
      type.value = q.type = keep;
      render();
    },
  };
}
