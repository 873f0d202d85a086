import type { GraphEdge, RejectReason } from '@kg/schema';
import { REJECT_REASONS } from '@kg/schema/constants';
import { noteItem } from './actor-edit';
import type { Curation } from './curation';
import { openFormDialog, selectField } from './curation-dialog';
import { reasonLabel } from './curation-notes';
import { h } from './dom';

const key = (r: GraphEdge) => ({ source: r.source, type: r.type, target: r.target });

/**
 * The evidence card's curation part: notes ("confirmed by ana", "added by ana") with Undo, and
 * for editors Confirm / Reject (with a reason). `label` names the relation for screen readers.
 */
export function relationCuration(cur: Curation, r: GraphEdge, label: string): HTMLElement {
  const box = h('div', { class: 'relation-curation' });
  // no aria-labels naming the relation here: the card's summary names it (and a label holding
  // "SUPPORTS" would match the relation-kind filter's label too)
  const notes = h('ul', { class: 'note-list' });
  box.append(notes);
  const actions = cur.canEdit()
    ? h(
        'div',
        {
          class: 'curation-actions',
          attrs: { role: 'group', 'aria-label': 'Correct this relation' },
        },
        [
          h('button', {
            class: 'button small',
            text: 'Confirm',
            attrs: {
              type: 'button',
              'data-curate': 'confirm',
              'aria-label': 'Confirm this relation',
            },
            on: {
              click: () =>
                void cur
                  .correct({ kind: 'confirm', relation: key(r) }, undefined, 'Relation confirmed')
                  .catch(cur.fail),
            },
          }),
          h('button', {
            class: 'button small danger',
            text: 'Reject…',
            attrs: {
              type: 'button',
              'data-curate': 'reject',
              'aria-label': 'Reject this relation…',
            },
            on: { click: () => reject(cur, r, label) },
          }),
        ],
      )
    : null;
  if (actions) box.append(actions);
  void cur.log().then(
    (log) => {
      const list = log.notes.relations[r.id] ?? [];
      for (const n of list) notes.append(noteItem(cur, n.text, n.correction, n.at.slice(0, 10)));
      // a confirmed relation needs no second confirmation
      if (list.some((n) => n.kind === 'confirmed'))
        actions?.querySelector('[data-curate=confirm]')?.setAttribute('disabled', '');
    },
    () => undefined,
  );
  return box;
}

function reject(cur: Curation, r: GraphEdge, label: string): void {
  const reason = selectField(
    'Reason',
    REJECT_REASONS.map((x): [string, string] => [x, reasonLabel(x)]),
  );
  openFormDialog({
    title: 'Reject this relation',
    intro: `${label}: it leaves the graph; the log keeps why.`,
    body: [reason.row],
    submit: 'Reject',
    onSubmit: async (why) => {
      await cur.correct(
        { kind: 'reject', relation: key(r), reason: reason.select.value as RejectReason },
        why,
        `Relation rejected: ${reasonLabel(reason.select.value as RejectReason)}`,
      );
    },
  });
}
