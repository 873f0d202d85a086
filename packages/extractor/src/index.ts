// Public API of @kg/extractor.
export { createExtractor, type ExtractorOptions } from './create-extractor';
export {
  readInputs,
  streamInputs,
  type ReadUnit,
  type ReadInputsOptions,
  DEFAULT_MAX_FILE_BYTES,
  INPUT_EXTENSIONS,
} from './read-inputs';
export { readHtml, type ReadPage } from './reader/read-html';
export { readPageMetadata, type PageMetadata } from './reader/page-metadata';
export { htmlToText } from './reader/html-to-text';
export { parseFeed, looksLikeFeed, type ParsedFeed } from './reader/feed';
export { readContent, looksLikeHtmlPage, type ContentHint } from './reader/read-content';
export { detectLanguage, MIN_DETECT_CHARS, type DetectedLanguage } from './reader/language';
export { publicationDate } from './reader/publication-date';
export { ExtractorError, EXTRACTOR_STAGES, type ExtractorStage } from './errors';
export { DEFAULT_DATA_DIR } from './data/load-data';
export { contentId } from './stages/01-intake/intake';
export {
  INPUT_FORMATS,
  type InputFormat,
  type DocumentInput,
  type IntakeFailure,
  type ExtractionOutput,
  type ExtractOptions,
  type Extractor,
} from './public-types';
export * from './eval';
export {
  loadNameTagger,
  DEFAULT_NAME_TAGGER_MODEL,
  bioToSpans,
  NAME_TYPES,
  type LoadNameTaggerOptions,
  type NameTagger,
  type NameSpan,
  type NameTag,
  type NameType,
} from './name-tagger';
