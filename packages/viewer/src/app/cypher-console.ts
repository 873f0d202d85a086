import type { CypherResult } from '@kg/schema';
import { ApiClientError } from './api-client';
import type { Controller } from './controller';
import { fitCamera } from './camera-fit';
import { resultTable } from './cypher-table';
import { clear, h } from './dom';

const HISTORY_KEY = 'kg-viewer:cypher-history';

function loadHistory(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 50) : [];
  } catch {
    return [];
  }
}

function statusText(res: CypherResult, records: number): string {
  const n = res.rows.length;
  const parts = [
    `${n} row${n === 1 ? '' : 's'}${res.truncated ? ' (truncated)' : ''}`,
    `${res.nodes.length} actor${res.nodes.length === 1 ? '' : 's'}, ${res.edges.length} relation${res.edges.length === 1 ? '' : 's'} drawn`,
  ];
  if (records) parts.push(`${records} bookkeeping row${records === 1 ? '' : 's'} (table only)`);
  parts.push(`${Math.round(res.elapsedMs)} ms`);
  return parts.join(' · ');
}

/** Read-only Cypher: textarea with history, Ctrl+Enter runs, results as graph and table. */
export function createCypherConsole(root: HTMLElement, ctl: Controller, dialect?: string) {
  let history = loadHistory();
  let cursor = -1;
  const area = h('textarea', {
    class: 'cypher-input',
    attrs: {
      'aria-label': 'Cypher query',
      rows: 4,
      spellcheck: 'false',
      placeholder: 'MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 25',
    },
  });
  area.value = ctl.view.query ?? '';
  const dialectBadge = h('span', {
    class: 'badge',
    text: dialect ? `dialect: ${dialect}` : 'dialect: unknown',
    attrs: { title: 'Cypher dialect of the running store' },
  });
  const historySelect = h('select', { attrs: { 'aria-label': 'Query history' } });
  const status = h('div', { class: 'cypher-status', attrs: { role: 'status' } });
  const errorBox = h('div', { class: 'cypher-error', attrs: { role: 'alert' } });
  const table = h('div', { class: 'cypher-table' });
  const runButton = h('button', {
    class: 'button primary',
    text: 'Run',
    attrs: { type: 'button', title: 'Run (Ctrl+Enter)' },
  });

  function renderHistory(): void {
    clear(historySelect);
    historySelect.append(
      h('option', { text: history.length ? 'History…' : 'No history', attrs: { value: '' } }),
    );
    history.forEach((q, i) =>
      historySelect.append(
        h('option', { text: q.length > 70 ? `${q.slice(0, 70)}…` : q, attrs: { value: i } }),
      ),
    );
  }

  function renderTable(res: CypherResult): number {
    clear(table);
    const { table: el, bookkeeping } = resultTable(res, ctl);
    if (el) table.append(el);
    return bookkeeping;
  }

  async function run(): Promise<void> {
    const query = area.value.trim();
    if (!query) return;
    history = [query, ...history.filter((q) => q !== query)].slice(0, 50);
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    } catch {
      /* storage may be unavailable (file://, private mode) */
    }
    renderHistory();
    cursor = -1;
    ctl.view.query = query;
    ctl.emit('view');
    clear(errorBox);
    status.textContent = 'Running…';
    runButton.disabled = true;
    try {
      const res = await ctl.api.cypher(query);
      dialectBadge.textContent = `dialect: ${res.dialect}`;
      const records = renderTable(res);
      status.textContent = statusText(res, records);
      runButton.disabled = false;
      // the graph shows actors and their relations only; bookkeeping rows stay in the table
      if (res.nodes.length) {
        await ctl.replaceGraph(
          { nodes: res.nodes, edges: res.edges, omittedNodes: 0 },
          { layoutMs: 1500 },
        );
        await fitCamera(ctl.renderer, 300);
      }
    } catch (err) {
      status.textContent = '';
      clear(table);
      const code = err instanceof ApiClientError ? err.code : 'error';
      errorBox.append(
        h('strong', { text: `Query failed (${code})` }),
        h('pre', { text: (err as Error).message.replace(/^@kg\/viewer\/api: /, '') }),
      );
    } finally {
      runButton.disabled = false;
    }
  }

  runButton.addEventListener('click', () => void run());
  area.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      void run();
    } else if ((ev.key === 'ArrowUp' || ev.key === 'ArrowDown') && ev.altKey && history.length) {
      ev.preventDefault();
      cursor = Math.max(-1, Math.min(history.length - 1, cursor + (ev.key === 'ArrowUp' ? 1 : -1)));
      area.value = cursor >= 0 ? history[cursor] : '';
    }
  });
  historySelect.addEventListener('change', () => {
    const i = Number(historySelect.value);
    if (historySelect.value !== '' && history[i]) area.value = history[i];
    area.focus();
  });
  renderHistory();
  root.append(
    h('div', { class: 'cypher-head' }, [
      h('h2', { class: 'panel-title', text: 'Cypher console' }),
      dialectBadge,
      h('span', { class: 'hint', text: 'Read-only · Ctrl+Enter runs · Alt+↑/↓ history' }),
    ]),
    area,
    h('div', { class: 'row' }, [runButton, historySelect, status]),
    errorBox,
    table,
  );
  return { run, focus: () => area.focus() };
}
