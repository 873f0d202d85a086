export * from './catalogue';
export * from './domain';
export * from './graph';
export * from './api';
export * from './document-log';
export * from './corrections';
export * from './evidence-search';
export * from './log-line';
