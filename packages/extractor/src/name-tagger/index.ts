// Public API of the learned name tagger (a standalone module; the pipeline stages do not use it yet).
export {
  loadNameTagger,
  DEFAULT_NAME_TAGGER_MODEL,
  type LoadNameTaggerOptions,
} from './load-name-tagger';
export { createNameTagger, type NameTagger } from './name-tagger';
export { bioToSpans, type NameSpan } from './bio-spans';
export { NAME_TYPES, type NameTag, type NameType } from './name-tags';
export { TypeVotes } from './type-votes';
