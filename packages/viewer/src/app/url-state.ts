import type { EntityType, RelationType } from '@kg/schema';
import { ENTITY_TYPES, RELATION_TYPES, VIEW_PANELS, type ViewPanel } from '@kg/schema/constants';

export const SIZE_MODES = ['degree', 'pagerank'] as const;
export const COLOR_MODES = ['type', 'community'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];
export type ColorMode = (typeof COLOR_MODES)[number];

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a permalink restores. Defaults are omitted from the URL. */
export interface ViewState {
  focus?: string;
  depth: number;
  types: EntityType[];
  relationTypes: RelationType[];
  from?: string;
  to?: string;
  minConfidence: number;
  hideIsolated: boolean;
  query?: string;
  camera?: CameraView;
  sizeMode: SizeMode;
  colorMode: ColorMode;
  labelDensity: number;
  title?: string;
  caption?: string;
  /** Actors whose neighbourhood was expanded, in order (`expand=a,b`); replayed on load. */
  expanded: string[];
  /** Saved view to open (`view=<id>`); its state is the base, other params override it. */
  viewId?: string;
  /**
   * The selected actor (`sel=`). `focus` is the actor whose neighbourhood the graph was opened
   * on and stays while other actors are selected; without `sel` the focus is selected.
   */
  selected?: string;
  /** Open panels (`panels=`): tool sections and the Cypher console. */
  panels: ViewPanel[];
}

export const DEFAULT_VIEW_STATE: ViewState = {
  depth: 1,
  types: [],
  relationTypes: [],
  minConfidence: 0,
  hideIsolated: false,
  sizeMode: 'degree',
  colorMode: 'type',
  labelDensity: 1,
  expanded: [],
  panels: ['filters'],
};

export const MAX_EXPANDED = 50;
const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

function ids(value: string | null): string[] {
  const list = (value ?? '').split(',').filter((v) => ENTITY_ID.test(v));
  return [...new Set(list)].slice(0, MAX_EXPANDED);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function num(value: string | null, min: number, max: number, dflt: number): number {
  const n = value === null || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : dflt;
}

function pick<T extends string>(value: string | null, allowed: readonly T[], dflt: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : dflt;
}

function text(value: string | null, max: number): string | undefined {
  return value ? value.slice(0, max) : undefined;
}

function parseCamera(value: string | null): CameraView | undefined {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p)) || parts[2] <= 0)
    return undefined;
  return { x: parts[0], y: parts[1], ratio: parts[2] };
}

/** Parse a query string (with or without '?'); unknown or invalid values fall back to defaults. */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const from = p.get('from');
  const to = p.get('to');
  const focus = text(p.get('focus'), 200);
  return {
    focus,
    selected: p.has('sel') ? text(p.get('sel'), 200) : focus,
    panels: p.has('panels') ? list(p.get('panels'), VIEW_PANELS) : DEFAULT_VIEW_STATE.panels,
    depth: Math.round(num(p.get('depth'), 1, 3, DEFAULT_VIEW_STATE.depth)),
    types: list(p.get('types'), ENTITY_TYPES),
    relationTypes: list(p.get('rels'), RELATION_TYPES),
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    minConfidence: num(p.get('minConf'), 0, 1, 0),
    hideIsolated: p.get('isolated') === 'hide',
    query: text(p.get('q'), 20_000),
    camera: parseCamera(p.get('cam')),
    sizeMode: pick(p.get('size'), SIZE_MODES, DEFAULT_VIEW_STATE.sizeMode),
    colorMode: pick(p.get('color'), COLOR_MODES, DEFAULT_VIEW_STATE.colorMode),
    labelDensity: num(p.get('labels'), 0, 5, DEFAULT_VIEW_STATE.labelDensity),
    title: text(p.get('title'), 200),
    caption: text(p.get('caption'), 500),
    expanded: ids(p.get('expand')),
    viewId: /^[A-Za-z0-9_-]{6,64}$/.test(p.get('view') ?? '') ? p.get('view')! : undefined,
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Serialize to a query string without '?'; the inverse of parseViewState. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.viewId) p.set('view', state.viewId);
  if (state.focus) p.set('focus', state.focus);
  if (state.selected !== state.focus) p.set('sel', state.selected ?? '');
  if (state.depth !== d.depth) p.set('depth', String(state.depth));
  if (state.types.length) p.set('types', state.types.join(','));
  if (state.relationTypes.length) p.set('rels', state.relationTypes.join(','));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.minConfidence > 0) p.set('minConf', String(round(state.minConfidence, 2)));
  if (state.hideIsolated) p.set('isolated', 'hide');
  if (state.query) p.set('q', state.query);
  if (state.camera) {
    const c = state.camera;
    p.set('cam', [round(c.x, 4), round(c.y, 4), round(c.ratio, 4)].join(','));
  }
  if (state.sizeMode !== d.sizeMode) p.set('size', state.sizeMode);
  if (state.colorMode !== d.colorMode) p.set('color', state.colorMode);
  if (state.labelDensity !== d.labelDensity) p.set('labels', String(round(state.labelDensity, 2)));
  if (state.title) p.set('title', state.title);
  if (state.caption) p.set('caption', state.caption);
  if (state.expanded.length) p.set('expand', state.expanded.join(','));
  if (state.panels.join() !== d.panels.join()) p.set('panels', state.panels.join(','));
  return p.toString();
}
