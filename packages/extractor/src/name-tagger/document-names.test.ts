import { describe, expect, it } from 'vitest';
import type { NameSpan } from './bio-spans';
import { harmoniseDocument } from './document-names';
import type { NameType } from './name-tags';

/** `[Valeska Paris]PER` in a sentence → the tokens and the span. */
function read(sentence: string): { tokens: string[]; spans: NameSpan<NameType>[] } {
  const tokens: string[] = [];
  const spans: NameSpan<NameType>[] = [];
  for (const m of sentence.matchAll(/\[([^\]]+)\](PER|ORG|LOC)|(\S+)/g)) {
    const words = (m[1] ?? m[3]!).split(' ');
    if (m[2])
      spans.push({
        start: tokens.length,
        end: tokens.length + words.length,
        type: m[2] as NameType,
      });
    tokens.push(...words);
  }
  return { tokens, spans };
}

function harmonise(document: string[]): string[] {
  const read_ = document.map(read);
  const out = harmoniseDocument(
    read_.map((r) => r.tokens),
    read_.map((r) => r.spans),
  );
  return read_.map(({ tokens }, k) => {
    let text = tokens.slice();
    for (const s of [...out[k]!].reverse()) {
      text = [
        ...text.slice(0, s.start),
        `[${tokens.slice(s.start, s.end).join(' ')}]${s.type}`,
        ...text.slice(s.end),
      ];
    }
    return text.join(' ');
  });
}

describe('document-names', () => {
  describe('#harmoniseDocument', () => {
    it.each([
      [
        'a surname of a found person is that person, whatever the sentence said',
        [
          '[Valeska Paris]PER left [Switzerland]LOC .',
          '[Paris]LOC claims it .',
          'He met Paris there .',
        ],
        [
          '[Valeska Paris]PER left [Switzerland]LOC .',
          '[Paris]PER claims it .',
          'He met [Paris]PER there .',
        ],
      ],
      [
        'one type per name: the majority of its mentions',
        ['[Amuse World]ORG sued .', '[Amuse World]PER paid .', 'It sued [Amuse World]ORG .'],
        ['[Amuse World]ORG sued .', '[Amuse World]ORG paid .', 'It sued [Amuse World]ORG .'],
      ],
      [
        'a tie keeps the first mention type',
        ['[Fairfax Connector]ORG runs .', 'The [Fairfax Connector]PER bus .'],
        ['[Fairfax Connector]ORG runs .', 'The [Fairfax Connector]ORG bus .'],
      ],
      [
        'an untagged repeat of a multi-word name takes its type',
        ['[Civic Passion]ORG won .', 'He left Civic Passion .'],
        ['[Civic Passion]ORG won .', 'He left [Civic Passion]ORG .'],
      ],
      [
        'lower-case words and sentence-initial surnames stay as they are',
        ['[Anna Brown]PER spoke .', 'Brown bread is brown .'],
        ['[Anna Brown]PER spoke .', 'Brown bread is brown .'],
      ],
    ])('%s', (_, document, expected) => {
      expect(harmonise(document)).toEqual(expected);
    });
  });
});
