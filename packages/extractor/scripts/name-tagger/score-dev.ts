/** Scores a system on each development part and on all of them together. */
import { bioToSpans, type NameSpan } from '../../src/name-tagger/bio-spans';
import type { LabelledSentence } from '../../src/name-tagger/training/labelled-sentence';
import {
  formatScores,
  scoreSpans,
  type SpanScores,
} from '../../src/name-tagger/training/score-spans';

export type SpanSystem = (s: LabelledSentence) => NameSpan<string>[];

export function scoreSentences(
  sentences: readonly LabelledSentence[],
  system: SpanSystem,
): SpanScores {
  return scoreSpans(
    sentences.map((s) => bioToSpans(s.tags)),
    sentences.map(system),
  );
}

export function scoreDevParts(
  parts: ReadonlyMap<string, LabelledSentence[]>,
  system: SpanSystem,
  name = 'tagger',
): string {
  const all = [...parts.values()].flat();
  return formatScores([
    ...[...parts].map(([part, sentences]) => ({
      system: `${name} ${part}`,
      scores: scoreSentences(sentences, system),
    })),
    { system: `${name} dev (all)`, scores: scoreSentences(all, system) },
  ]);
}
