import type { ViewStateInput } from '@kg/schema';
import { MAX_VIEW_EXPANDED } from '@kg/schema/constants';
import { DEFAULT_VIEW_STATE, parseViewState, type ViewState } from './url-state';

/** URL parameter -> ViewState key (the inverse of serializeViewState's names). */
const PARAM_KEYS: Record<string, keyof ViewState> = {
  focus: 'focus',
  depth: 'depth',
  types: 'types',
  rels: 'relationTypes',
  from: 'from',
  to: 'to',
  minConf: 'minConfidence',
  isolated: 'hideIsolated',
  q: 'query',
  cam: 'camera',
  size: 'sizeMode',
  color: 'colorMode',
  labels: 'labelDensity',
  title: 'title',
  caption: 'caption',
  expand: 'expanded',
  sel: 'selected',
  panels: 'panels',
};

/**
 * The state a saved view stores: the view without defaults, undefined values or its own id.
 * Expanded actors are kept in order (at most MAX_VIEW_EXPANDED, the first ones); reopening
 * replays them, and any actor still missing comes back from the view's `positions`.
 */
export function toSavedState(view: ViewState): ViewStateInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view)) {
    if (key === 'viewId' || key === 'selected') continue;
    if (value === undefined) continue;
    if (key === 'expanded') {
      if (view.expanded.length) out.expanded = view.expanded.slice(0, MAX_VIEW_EXPANDED);
      continue;
    }
    const dflt = DEFAULT_VIEW_STATE[key as keyof ViewState];
    if (JSON.stringify(value) === JSON.stringify(dflt)) continue;
    out[key] = value;
  }
  // like the URL: only a selection other than the focus is stored ('' for none)
  if (view.selected !== view.focus) out.selected = view.selected ?? '';
  return out as ViewStateInput;
}

/**
 * A saved view's state as the base, then every parameter present in the page URL on top (the
 * address bar keeps later changes, so a reload restores them).
 */
export function mergeSavedState(
  saved: ViewStateInput,
  search: string,
  extra: { title?: string; caption?: string } = {},
): ViewState {
  const fromUrl = parseViewState(search);
  const merged: ViewState = {
    ...DEFAULT_VIEW_STATE,
    ...(saved as Partial<ViewState>),
    expanded: saved.expanded ?? [],
    panels: saved.panels ?? DEFAULT_VIEW_STATE.panels,
    selected: saved.selected === undefined ? saved.focus : saved.selected || undefined,
    title: extra.title ?? saved.title,
    caption: extra.caption ?? saved.caption,
    viewId: fromUrl.viewId,
  };
  const target = merged as unknown as Record<string, unknown>;
  for (const param of new URLSearchParams(search).keys()) {
    const key = PARAM_KEYS[param];
    if (key) target[key] = fromUrl[key];
  }
  return merged;
}

/** Pinned positions of every node currently drawn (graph coordinates, 2 decimals). */
export function collectPositions(
  forEachNode: (fn: (id: string, a: { x: number; y: number }) => void) => void,
  max = 5000,
): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  let n = 0;
  forEachNode((id, a) => {
    if (n++ >= max) return;
    out[id] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
  });
  return out;
}
