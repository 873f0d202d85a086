import { MODEL_TYPES, type ModelType } from './name-tags';

/** A name over tokens: `tokens.slice(start, end)`, end exclusive. */
export interface NameSpan<T extends string = ModelType> {
  start: number;
  end: number;
  type: T;
}

const TYPE_SET: ReadonlySet<string> = new Set(MODEL_TYPES);

/**
 * BIO tags → spans, CoNLL style: an `I-X` after `O` or after another type opens a new span
 * (as conlleval reads it). Tags of types outside `types` are treated as `O`.
 */
export function bioToSpans<T extends string = ModelType>(
  tags: readonly string[],
  types: ReadonlySet<string> = TYPE_SET,
): NameSpan<T>[] {
  const spans: NameSpan<T>[] = [];
  let open: NameSpan<T> | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag[0];
    const type = tag.slice(2);
    const inside = (prefix === 'B' || prefix === 'I') && types.has(type);
    const continues = inside && prefix === 'I' && open !== null && open.type === type;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (inside && !continues) open = { start: i, end: i + 1, type: type as T };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}

/** Spans → IOB2 tags over `length` tokens (later spans overwrite earlier ones). */
export function spansToBio(spans: readonly NameSpan<string>[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}

/** IOB1 (`I-X` opens a name, `B-X` only splits two adjacent names of one type) → IOB2. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = i > 0 ? tags[i - 1]! : 'O';
    return prev === 'O' || prev.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}
