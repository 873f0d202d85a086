import type { EntityDetail, EvidenceRow, GraphEdge } from '@kg/schema';
import { entityTypeColor } from './colors';
import type { Controller } from './controller';
import { clear, h } from './dom';
import { actorActions, actorNotes } from './actor-edit';
import type { Curation } from './curation';
import { openDocumentReader } from './document-reader';
import { onEditorTokenChange } from './editor-session';
import { evidenceView } from './evidence-view';
import { relationCuration } from './relation-edit';
import { swatch } from './legend';
import { relationHeading } from './relation-label';

const EAGER_EVIDENCE = 10;

export interface DetailsPanelOptions {
  /** Embed mode: fewer actions. */
  compact?: boolean;
  onPathEndpoint?: (which: 'from' | 'to', id: string, name: string) => void;
  /** Corrections: notes, and edit actions when an editor token is set (not in embeds). */
  curation?: Curation;
}

/** The side panel (`aria-label="Entity details"`): type, roles, aliases, relations + evidence. */
export function createDetailsPanel(
  root: HTMLElement,
  ctl: Controller,
  opts: DetailsPanelOptions = {},
) {
  let token = 0;
  const nameOf = new Map<string, string>();

  async function namesFor(detail: EntityDetail): Promise<void> {
    ctl.graph.forEachNode((n, a) => nameOf.set(n, a.label));
    const missing = detail.relations.some((r) => !nameOf.has(r.source) || !nameOf.has(r.target));
    if (!missing) return;
    const sub = await ctl.api
      .neighborhood(detail.entity.id, { depth: 1, limit: 500 })
      .catch(() => undefined);
    sub?.nodes.forEach((n) => nameOf.set(n.id, n.name));
  }

  async function show(id: string): Promise<void> {
    const mine = ++token;
    root.hidden = false;
    document.body.classList.add('details-open');
    clear(root);
    root.append(h('p', { class: 'muted', text: 'Loading…' }));
    let detail: EntityDetail;
    try {
      detail = await ctl.api.entity(id);
      await namesFor(detail);
    } catch (err) {
      if (mine !== token) return;
      clear(root);
      root.append(
        closeButton(),
        h('p', { class: 'error', attrs: { role: 'alert' }, text: (err as Error).message }),
      );
      return;
    }
    if (mine !== token) return;
    render(detail);
  }

  function closeButton(): HTMLElement {
    return h('button', {
      class: 'icon-button close',
      text: '×',
      attrs: { type: 'button', 'aria-label': 'Close details', title: 'Close (Esc)' },
      on: { click: () => ctl.deselect() },
    });
  }

  function render(d: EntityDetail): void {
    clear(root);
    const e = d.entity;
    const hidden = ctl.graph.hasNode(e.id)
      ? ctl.graph.getNodeAttribute(e.id, 'hiddenNeighbors')
      : (e.hiddenNeighbors ?? 0);
    root.append(
      h('header', { class: 'details-header' }, [
        h('div', { class: 'type-chip' }, [swatch(entityTypeColor(e.type), 'dot'), e.type]),
        h('h2', { class: 'entity-name', text: e.name, attrs: { tabindex: '-1' } }),
        closeButton(),
      ]),
    );
    if (e.aliases.length)
      root.append(
        h('p', { class: 'aliases' }, [
          h('span', { class: 'label', text: 'Also known as ' }),
          e.aliases.join(' · '),
        ]),
      );
    if (d.roles.length) {
      root.append(
        h(
          'ul',
          { class: 'roles', attrs: { 'aria-label': 'Roles' } },
          d.roles.map((r) => {
            const of = r.of ? ` of ${nameOf.get(r.of) ?? r.of}` : '';
            const when = [r.since && `since ${r.since}`, r.until && `until ${r.until}`]
              .filter(Boolean)
              .join(', ');
            return h('li', { text: `${r.role}${of}${when ? ` (${when})` : ''}` });
          }),
        ),
      );
    }
    const actions = h('div', { class: 'details-actions' }, [
      h('button', {
        class: 'button primary',
        text: hidden > 0 ? `Expand neighbourhood (+${hidden} more)` : 'Expand neighbourhood',
        attrs: { type: 'button', 'data-action': 'expand' },
        on: { click: () => void expand(e.id) },
      }),
    ]);
    if (!opts.compact && opts.onPathEndpoint) {
      actions.append(
        h('button', {
          class: 'button',
          text: 'Path from',
          attrs: { type: 'button' },
          on: { click: () => opts.onPathEndpoint?.('from', e.id, e.name) },
        }),
        h('button', {
          class: 'button',
          text: 'Path to',
          attrs: { type: 'button' },
          on: { click: () => opts.onPathEndpoint?.('to', e.id, e.name) },
        }),
      );
    }
    root.append(actions);
    const cur = opts.curation;
    if (cur)
      root.append(
        actorNotes(cur, e.id, (x) => nameOf.get(x)),
        actorActions(cur, ctl, e) ?? '',
      );
    root.append(relationsView(e.id, d.relations));
    root.querySelector<HTMLElement>('.entity-name')?.focus({ preventScroll: true });
  }

  async function expand(id: string): Promise<void> {
    try {
      const n = await ctl.expand(id);
      ctl.notify(n ? `Added ${n} actor${n === 1 ? '' : 's'}` : 'No new actors');
      void show(id);
    } catch (err) {
      ctl.notify((err as Error).message, 'error');
    }
  }

  function relationsView(self: string, relations: GraphEdge[]): HTMLElement {
    const groups = new Map<string, GraphEdge[]>();
    for (const r of relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
    const wrap = h('section', { class: 'relations', attrs: { 'aria-label': 'Relations' } }, [
      h('h3', { class: 'section-title', text: `Relations (${relations.length})` }),
    ]);
    let eager = 0;
    for (const [type, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      const items = list.map((r) => relationItem(self, r, eager++ < EAGER_EVIDENCE));
      wrap.append(
        h('div', { class: 'relation-group' }, [
          h('h4', { class: 'group-title', text: `${type} · ${list.length}` }),
          h('ul', { class: 'relation-list' }, items),
        ]),
      );
    }
    if (!relations.length)
      wrap.append(h('p', { class: 'muted', text: 'No relations in the store.' }));
    return wrap;
  }

  function relationItem(self: string, r: GraphEdge, open: boolean): HTMLElement {
    const outgoing = r.source === self;
    const otherId = outgoing ? r.target : r.source;
    const other = nameOf.get(otherId) ?? otherId;
    const meta = [
      r.firstDate &&
        (r.lastDate && r.lastDate !== r.firstDate ? `${r.firstDate} – ${r.lastDate}` : r.firstDate),
      `${r.count}×`,
      `conf. ${r.confidence.toFixed(2)}`,
      r.role,
      r.negated ? 'negated' : undefined,
    ].filter(Boolean);
    const list = h('ol', { class: 'evidence-list', attrs: { 'aria-label': 'Evidence' } });
    const details = h('details', { class: 'relation', attrs: { 'data-relation': r.id } }, [
      h('summary', {}, [
        h('span', { class: 'relation-heading', text: relationHeading(r.type, outgoing, other) }),
        h('span', { class: 'relation-meta', text: meta.join(' · ') }),
      ]),
      opts.curation
        ? relationCuration(
            opts.curation,
            r,
            `${nameOf.get(r.source) ?? r.source} —${r.type}→ ${nameOf.get(r.target) ?? r.target}`,
          )
        : null,
      h('button', {
        class: 'link-button',
        text: `Show ${other}`,
        attrs: { type: 'button' },
        on: { click: () => void ctl.select(otherId) },
      }),
      list,
    ]);
    let loaded = false;
    const load = async () => {
      if (loaded) return;
      loaded = true;
      list.append(h('li', { class: 'muted', text: 'Loading evidence…' }));
      try {
        const res = await ctl.api.evidence(r.id);
        clear(list);
        for (const row of res.evidence) {
          const li = evidenceView(row, (id) => nameOf.get(id));
          if (opts.curation) li.append(readerButton(opts.curation, r, row, res.evidence));
          list.append(li);
        }
        if (!res.evidence.length)
          list.append(h('li', { class: 'muted', text: 'No evidence stored.' }));
      } catch (err) {
        clear(list);
        list.append(h('li', { class: 'error', text: (err as Error).message }));
      }
    };
    details.addEventListener('toggle', () => details.open && void load());
    if (open) details.open = true;
    return h('li', {}, [details]);
  }

  /** "Open document": the whole article, this relation's evidence highlighted. */
  function readerButton(cur: Curation, r: GraphEdge, row: EvidenceRow, rows: EvidenceRow[]) {
    const ref = (id: string) => ({ id, name: nameOf.get(id) ?? id });
    return h('button', {
      class: 'link-button',
      text: 'Open document',
      attrs: { type: 'button', title: `Open ${row.docTitle ?? row.docId}` },
      on: {
        click: () =>
          openDocumentReader(cur, ctl, {
            docId: row.docId,
            evidence: rows.filter((x) => x.docId === row.docId),
            source: ref(r.source),
            target: ref(r.target),
            type: r.type,
          }),
      },
    });
  }

  function hide(): void {
    token++;
    root.hidden = true;
    document.body.classList.remove('details-open');
    clear(root);
  }

  ctl.on('select', () => (ctl.state.selected ? void show(ctl.state.selected) : hide()));
  // signing in or out shows or hides the edit actions
  onEditorTokenChange(() => ctl.state.selected && void show(ctl.state.selected));
  return { show, hide };
}
