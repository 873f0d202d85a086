export { withIngestQueue, DEFAULT_GROUP_RELATIONS } from './ingest-queue';
export type { IngestQueueOptions } from './ingest-queue';
export { ingestOneByOne } from './group';
export type { GroupIngest, GroupingStore, IngestPart, PartOutcome } from './group';
