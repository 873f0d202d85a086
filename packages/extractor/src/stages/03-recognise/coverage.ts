import type { DocMention, EntityRef, SegmentedDoc } from '../../types';

/** Mentions of one document with a per-token index of which mention covers a token. */
export class Coverage {
  readonly mentions: DocMention[] = [];
  private readonly at: Int32Array;

  constructor(private readonly doc: SegmentedDoc) {
    this.at = new Int32Array(doc.tokens.length).fill(-1);
  }

  covered(i: number): boolean {
    return this.at[i] !== undefined && this.at[i]! >= 0;
  }

  mentionAt(i: number): DocMention | undefined {
    const k = this.at[i];
    return k === undefined || k < 0 ? undefined : this.mentions[k];
  }

  free(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.covered(i)) return false;
    return true;
  }

  /** Adds a mention over tokens [from, to) (character span may be narrower). */
  add(
    from: number,
    to: number,
    ref: EntityRef | undefined,
    kind: DocMention['kind'],
    via: DocMention['via'],
    extra: Partial<DocMention> = {},
  ): DocMention {
    const t = this.doc.tokens;
    const start = extra.start ?? t[from]!.start;
    const end = extra.end ?? t[to - 1]!.end;
    const m: DocMention = {
      start,
      end,
      tokenStart: from,
      tokenEnd: to,
      sent: t[from]!.sent,
      text: this.doc.text.slice(start, end),
      kind,
      ref,
      via,
      ...extra,
    };
    const k = this.mentions.length;
    this.mentions.push(m);
    for (let i = from; i < to; i++) this.at[i] = k;
    return m;
  }

  /** Widens a mention to tokens [from, to) (they must be free or its own). */
  widen(m: DocMention, from: number, to: number): void {
    const k = this.mentions.indexOf(m);
    const t = this.doc.tokens;
    for (let i = from; i < to; i++) this.at[i] = k;
    m.tokenStart = from;
    m.tokenEnd = to;
    m.start = t[from]!.start;
    m.end = t[to - 1]!.end;
    m.text = this.doc.text.slice(m.start, m.end);
  }

  /** Removes a mention from the token index (the mention object stays but is marked dropped). */
  release(m: DocMention): void {
    for (let i = m.tokenStart; i < m.tokenEnd; i++)
      if (this.mentions[this.at[i]!] === m) this.at[i] = -1;
    m.ref = undefined;
    m.pronoun = undefined;
    (m as { dropped?: boolean }).dropped = true;
  }

  sorted(): DocMention[] {
    return this.mentions
      .filter((m) => !(m as { dropped?: boolean }).dropped)
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
