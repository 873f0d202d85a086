import type { SavedView, SavedViewRecord, SavedViewSummary } from '@kg/schema';

/** Where saved views live; the composition root injects an adapter (file, or a database later). */
export interface ViewStore {
  list(): Promise<SavedViewSummary[]>;
  get(id: string): Promise<SavedViewRecord | null>;
  /** Stores a validated view under a new random id. */
  create(view: SavedView): Promise<SavedViewRecord>;
  delete(id: string): Promise<boolean>;
}

export interface ViewStoreLimits {
  /** Most views kept; creating one more fails with ViewStoreFullError. */
  maxViews: number;
  /** Largest serialised view, in bytes (ViewTooLargeError). */
  maxViewBytes: number;
  /** Largest store file, in bytes (ViewStoreFullError). */
  maxTotalBytes: number;
}

export const DEFAULT_VIEW_STORE_LIMITS: ViewStoreLimits = {
  maxViews: 500,
  maxViewBytes: 256 * 1024,
  maxTotalBytes: 20 * 1024 * 1024,
};

/** The store holds as many views (or bytes) as it may: delete some first. */
export class ViewStoreFullError extends Error {
  constructor(message: string) {
    super(`@kg/graph-server/view-store: ${message}`);
    this.name = 'ViewStoreFullError';
  }
}

/** One view is larger than the per-view limit. */
export class ViewTooLargeError extends Error {
  constructor(message: string) {
    super(`@kg/graph-server/view-store: ${message}`);
    this.name = 'ViewTooLargeError';
  }
}

/** The backing file exists but cannot be read as a view list (never overwritten silently). */
export class ViewStoreCorruptError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`@kg/graph-server/view-store: ${message}`, options);
    this.name = 'ViewStoreCorruptError';
  }
}
