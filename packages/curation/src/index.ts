export * from './errors';
export {
  CORRECTIONS_LOG_FILE,
  CorrectionsLog,
  correctionsLogPath,
  readCorrectionsLog,
  type LogRead,
} from './corrections-log';
export { checkCorrection, resolveCorrections, survivors, type Resolution } from './resolve';
export { applyCorrections } from './apply';
export { curationNotes, splitTargetId } from './notes';
export { activeCorrections, withCorrections } from './curated-store';
export { makeRecord, newCorrectionId } from './ids';
export { actorIdFor } from './relations';
export {
  createCurationService,
  type CurationDeps,
  type CurationService,
  type Meta,
  type Reextract,
} from './curation-service';
export { findStale, type StaleCorrection } from './stale';
export { describeCorrection } from './describe';
export { exportCorrections, planImport } from './import-export';
export { correctionPrecision, formatPrecision, type TypePrecision } from './precision';
