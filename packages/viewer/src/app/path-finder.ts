import type { CameraState } from 'sigma/types';
import type { Controller } from './controller';
import { clear, h } from './dom';
import type { MergeResult } from './graph-state';
import { cameraFor } from './path-overlay';
import { describePaths, stepArrow, type NamedPath } from './path-steps';
import { openRelation } from './relation-focus';
import { createEntityCombobox } from './search-box';

/**
 * Shortest paths between two actors, drawn over the current graph (missing actors added, the
 * paths highlighted); each step names its relation and opens its evidence. Clearing takes the
 * added actors away and puts the camera back.
 */
export function createPathFinder(root: HTMLElement, ctl: Controller) {
  const ends: { from?: string; to?: string } = {};
  const result = h('div', { class: 'path-result', attrs: { 'aria-live': 'polite' } });
  const combo = (which: 'from' | 'to', label: string) =>
    createEntityCombobox({
      api: ctl.api,
      label,
      placeholder: which === 'from' ? 'From actor…' : 'To actor…',
      onSelect: (r) => (ends[which] = r.id),
      onError: (m) => ctl.notify(m, 'error'),
    });
  const fromBox = combo('from', 'Path start');
  const toBox = combo('to', 'Path end');
  const hops = h(
    'select',
    { attrs: { 'aria-label': 'Maximum hops' } },
    [2, 3, 4, 5, 6].map((n) => h('option', { text: `${n} hops`, attrs: { value: n } })),
  );
  hops.value = '4';

  /** What the shown paths changed, to take back exactly: added actors, camera before. */
  let shown: { added: MergeResult; camera: CameraState } | undefined;

  function clearPaths(): void {
    clear(result);
    if (!shown) return;
    const { added, camera } = shown;
    shown = undefined;
    ctl.removeOverlay(added);
    ctl.renderer.getCamera().setState(camera);
    ctl.emit('view');
  }

  function stepButton(p: NamedPath, i: number, name: (id: string) => string): HTMLElement {
    const s = p.steps[i];
    return h('button', {
      class: 'path-step',
      text: stepArrow(s),
      attrs: {
        type: 'button',
        'data-edge': s.edge,
        title: `Evidence: ${name(s.from)} ${stepArrow(s)} ${name(s.to)}`,
      },
      on: {
        click: () => {
          const source = s.forward ? s.from : s.to;
          void openRelation(ctl, s.edge, source).catch((e: Error) =>
            ctl.notify(e.message, 'error'),
          );
        },
      },
    });
  }

  function pathItem(p: NamedPath, name: (id: string) => string): HTMLElement {
    const parts: Array<HTMLElement | string> = [
      h('span', { class: 'path-actor', text: name(p.nodes[0]) }),
    ];
    p.steps.forEach((s, i) =>
      parts.push(
        ' ',
        stepButton(p, i, name),
        ' ',
        h('span', { class: 'path-actor', text: name(s.to) }),
      ),
    );
    return h('li', { attrs: { 'data-path': p.key } }, parts);
  }

  async function find(): Promise<void> {
    clearPaths();
    if (!ends.from || !ends.to) {
      result.append(h('p', { class: 'error', text: 'Pick both actors from the suggestions.' }));
      return;
    }
    try {
      const res = await ctl.api.paths(ends.from, ends.to, Number(hops.value));
      const paths = describePaths(res.paths, res.subgraph);
      if (!paths.length) {
        result.append(h('p', { class: 'muted', text: 'No path within that many hops.' }));
        return;
      }
      const camera = ctl.renderer.getCamera().getState();
      const nodes = new Set(paths.flatMap((p) => p.nodes));
      const added = ctl.overlayPath(res.subgraph, paths[0].nodes, {
        nodes,
        edges: new Set(paths.flatMap((p) => p.steps.map((s) => s.edge))),
      });
      shown = { added, camera };
      const frame = cameraFor(ctl.renderer, nodes);
      if (frame) void ctl.renderer.getCamera().animate(frame, { duration: 500 });
      const names = new Map(res.subgraph.nodes.map((n) => [n.id, n.name]));
      const name = (id: string) => names.get(id) ?? id;
      const n = paths.length;
      result.append(
        h('p', {
          class: 'muted',
          text: n > 1 ? `${n} shortest paths (alternatives)` : '1 shortest path',
        }),
        h(
          'ol',
          { class: 'paths' },
          paths.map((p) => pathItem(p, name)),
        ),
        h('button', {
          class: 'button small',
          text: 'Clear paths',
          attrs: { type: 'button' },
          on: { click: clearPaths },
        }),
      );
      result.scrollIntoView({ block: 'nearest' });
    } catch (err) {
      result.append(
        h('p', { class: 'error', attrs: { role: 'alert' }, text: (err as Error).message }),
      );
    }
  }

  root.append(
    fromBox.root,
    toBox.root,
    h('div', { class: 'row' }, [
      hops,
      h('button', {
        class: 'button primary',
        text: 'Find paths',
        attrs: { type: 'button' },
        on: { click: () => void find() },
      }),
    ]),
    result,
  );
  return {
    setEndpoint(which: 'from' | 'to', id: string, name: string): void {
      ends[which] = id;
      (which === 'from' ? fromBox : toBox).input.value = name;
      root.closest('details')?.setAttribute('open', '');
    },
  };
}
