/** English day names, Sunday first (the index is `Date#getDay()`). */
export const DAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** English month names, January first. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** 'friday', 'march': a lower-cased day or month name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...DAY_NAMES, ...MONTH_NAMES]);
