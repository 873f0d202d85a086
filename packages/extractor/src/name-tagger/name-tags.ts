/** Entity types the tagger outputs. */
export const NAME_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** Types the model is trained on: MISC (events, works, nationalities...) is learnt, then dropped. */
export const MODEL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

/** BIO tags of the model, in weight-row order: O, then B-/I- per model type. */
export const MODEL_TAGS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;
export type ModelTag = (typeof MODEL_TAGS)[number];

/** Tags `tagger.tag()` returns (MISC mapped to O). */
export type NameTag = 'O' | `B-${NameType}` | `I-${NameType}`;

export const TAG_COUNT = MODEL_TAGS.length;
export const O_TAG = 0;

const TAG_INDEX: ReadonlyMap<string, number> = new Map(MODEL_TAGS.map((t, i) => [t, i]));

/** Index of a BIO tag in MODEL_TAGS; unknown tags throw. */
export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`@kg/extractor/name-tagger: unknown tag ${tag}`);
  return i;
}

/** 1 for B-, 2 for I-, 0 for O. */
export const tagPrefix = (tag: number): 0 | 1 | 2 => (tag === O_TAG ? 0 : tag % 2 === 1 ? 1 : 2);

/** Index into MODEL_TYPES of a non-O tag. */
export const tagType = (tag: number): number => (tag - 1) >> 1;

/** 'I-X' may only follow 'B-X' or 'I-X' of the same type. */
export function isAllowedTransition(prev: number, next: number): boolean {
  if (tagPrefix(next) !== 2) return true;
  return prev !== O_TAG && tagType(prev) === tagType(next);
}
