export { documentContentHash, type LoggedDocument } from './content-hash';
export { scanDocumentLog, type LogScan } from './read-log';
export {
  DocumentLog,
  DOCUMENT_LOG_FILE,
  documentLogPath,
  readLiveDocuments,
  LiveDocuments,
} from './document-log';
export { withDocumentLog } from './logged-store';
