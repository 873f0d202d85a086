export * from './graph-store';
export * from './errors';
