/** GUM files → labelled sentences (IOB2 over MODEL_TYPES) using `gumNameSpans`. */
import { spansToBio } from '../bio-spans';
import type { LabelledSentence } from './labelled-sentence';
import { readGumSentences, type GumSentence } from './gum-mentions';
import { gumNameSpans, type GumNameHints } from './gum-name-spans';

export interface GumFile {
  /** document name, e.g. `GUM_news_afghan` */
  name: string;
  content: string;
}

/** Identities GUM types `place` anywhere in the given files. */
export function gumPlaceIdentities(parsed: readonly GumSentence[][]): Set<string> {
  const places = new Set<string>();
  for (const doc of parsed) {
    for (const s of doc) {
      for (const m of s.mentions) if (m.etype === 'place' && m.identity) places.add(m.identity);
    }
  }
  return places;
}

export function readGumCorpus(
  files: readonly GumFile[],
  hints: Omit<GumNameHints, 'placeIdentities'>,
): Map<string, LabelledSentence[]> {
  const parsed = files.map((f) => readGumSentences(f.content));
  const full: GumNameHints = { ...hints, placeIdentities: gumPlaceIdentities(parsed) };
  const byDocument = new Map<string, LabelledSentence[]>();
  files.forEach((f, k) => {
    byDocument.set(
      f.name,
      parsed[k]!.map((s) => ({
        tokens: s.words.map((w) => w.form),
        tags: spansToBio(gumNameSpans(s, full), s.words.length),
        source: `gum:${f.name}`,
        ...(s.text ? { text: s.text } : {}),
      })),
    );
  });
  return byDocument;
}
