export { createFileViewStore, newViewId } from './file-view-store';
export {
  DEFAULT_VIEW_STORE_LIMITS,
  ViewStoreCorruptError,
  ViewStoreFullError,
  ViewTooLargeError,
} from './view-store';
export type { ViewStore, ViewStoreLimits } from './view-store';
