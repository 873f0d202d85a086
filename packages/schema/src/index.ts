export * from './catalogue';
export * from './domain';
export * from './graph';
export * from './api';
