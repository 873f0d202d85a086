/** Prepositions that take a gerund with an object ('responded by firing rockets at', 'after accusing X'). */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set([
  'by',
  'after',
  'before',
  'while',
  'without',
]);
