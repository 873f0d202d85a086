import type { Stats } from '@kg/schema';
import type { Controller, Positions } from './controller';
import { h } from './dom';
import { loadInitialGraph } from './initial-view';
import {
  addChange,
  describeChanges,
  isOwnEcho,
  listenGraphEvents,
  noChanges,
  type PendingChanges,
} from './live-events';
import { syncUrl } from './url-sync';

/**
 * Reloads the graph from the store keeping the view: focus, expansions, filters, selection and
 * camera go through the URL state (as a reload would), and the actors already drawn stay where
 * they are (pinned while the new ones are laid out around them, then free again).
 */
export async function refreshKeepingView(ctl: Controller, embed = false): Promise<void> {
  syncUrl(ctl);
  const positions: Positions = {};
  const wasFixed = new Set<string>();
  ctl.graph.forEachNode((id, a) => {
    positions[id] = [a.x as number, a.y as number];
    if (a.fixed) wasFixed.add(id);
  });
  await loadInitialGraph(ctl, { embed, positions });
  ctl.graph.forEachNode((id) => {
    if (!wasFixed.has(id)) ctl.graph.removeNodeAttribute(id, 'fixed');
  });
}

/**
 * The "graph changed" banner: listens to /api/events and offers a Refresh that keeps the view.
 * Non-blocking (no focus steal), keyboard reachable, dismissible until the next change.
 */
export function bindLiveUpdates(
  ctl: Controller,
  opts: { eventsUrl?: string; onStats?: (stats: Stats) => void; embed?: boolean } = {},
): { banner: HTMLElement; stop(): void } {
  let pending = noChanges();
  const text = h('span', { class: 'live-banner-text' });
  const refresh = h('button', {
    class: 'button primary small',
    text: 'Refresh',
    attrs: { type: 'button', 'aria-label': 'Refresh the graph, keeping this view' },
  });
  const dismiss = h('button', {
    class: 'icon-button small',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Dismiss', title: 'Dismiss' },
  });
  const banner = h('div', { class: 'live-banner', attrs: { role: 'status', hidden: true } }, [
    text,
    refresh,
    dismiss,
  ]);
  document.querySelector('.stage')?.append(banner);
  const show = (p: PendingChanges) => {
    pending = p;
    text.textContent = describeChanges(p);
    banner.hidden = text.textContent === '';
  };
  dismiss.addEventListener('click', () => (banner.hidden = true));
  refresh.addEventListener('click', () => {
    refresh.disabled = true;
    text.textContent = 'Refreshing…';
    const seen = pending;
    refreshKeepingView(ctl, opts.embed)
      .then(async () => {
        // changes that came in during the refresh stay announced
        show(
          pending === seen
            ? noChanges()
            : {
                ...pending,
                added: pending.added - seen.added,
                deleted: pending.deleted - seen.deleted,
                corrections: pending.corrections - seen.corrections,
                restarted: false,
              },
        );
        ctl.notify('Graph refreshed');
        const stats = await ctl.api.stats().catch(() => undefined);
        if (stats) opts.onStats?.(stats);
      })
      .catch((err: Error) => {
        ctl.notify(err.message, 'error');
        show(pending);
      })
      .finally(() => (refresh.disabled = false));
  });
  const stop = listenGraphEvents(opts.eventsUrl ?? 'api/events', {
    onChange: (e) => {
      if (!isOwnEcho(e)) show(addChange(pending, e));
    },
    onRestart: () => show({ ...pending, restarted: true }),
    // the stream is open: changes from here on are announced (tests wait for this mark)
    onReady: () => (document.body.dataset.live = 'listening'),
  });
  return { banner, stop };
}
