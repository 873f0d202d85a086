export * from './near-duplicate';
export * from './plan-copies';
export * from './outlets';
export * from './prepare';
