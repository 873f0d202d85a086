export { documentContentHash, type LoggedDocument } from './content-hash';
export { scanDocumentLog, type LogScan } from './read-log';
export {
  DocumentLog,
  DOCUMENT_LOG_FILE,
  documentLogPath,
  readLiveDocuments,
  type LoggedBatch,
} from './document-log';
export { LogReplay } from './replay';
export { withDocumentLog } from './logged-store';
