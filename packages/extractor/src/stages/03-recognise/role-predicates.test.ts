import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/**
 * Roles stated by a verb ('X became Y's president', 'X was appointed chief executive of Y') and
 * titles owned by a definite noun ("the court's president"), on sentences written for this test.
 * Triples are `source TYPE target`; `role` checks the stored role of an edge.
 */
const CASES: { pattern: string; text: string; expected: string[]; forbidden?: string[] }[] = [
  {
    pattern: '"X was elected president of Y"',
    text: 'John Kamau was elected president of Kenya in March.',
    expected: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: '"X became Y\'s prime minister"',
    text: "Mary Achieng became Uganda's prime minister last year.",
    expected: ['mary-achieng HOLDS_ROLE UGA'],
  },
  {
    pattern: '"X served as Y\'s ambassador to Z": Y holds, not Z',
    text: "Mary Achieng served as Uganda's ambassador to Norway.",
    expected: ['mary-achieng HOLDS_ROLE UGA'],
    forbidden: ['mary-achieng HOLDS_ROLE NOR'],
  },
  {
    pattern: '"X served as ambassador to Z": Z is not who holds the title',
    text: 'Mary Achieng served as ambassador to Norway.',
    expected: [],
    forbidden: ['mary-achieng HOLDS_ROLE NOR'],
  },
  {
    pattern: '"X, who was appointed chief executive of Y,"',
    text: 'John Kamau, who was appointed chief executive of the Nile Basin Authority in May, resigned.',
    expected: ['john-kamau HOLDS_ROLE nile-basin-authority'],
  },
  {
    pattern: '"Y appointed X chief executive of Z": the person after the verb',
    text: 'Uganda appointed John Kamau chief executive of the Nile Basin Authority.',
    expected: ['john-kamau HOLDS_ROLE nile-basin-authority'],
    forbidden: ['john-kamau HOLDS_ROLE UGA'],
  },
  {
    pattern: '"X has been the head of Y": a copula with its auxiliaries',
    text: 'John Kamau has been the head of the Nile Basin Authority since 2019.',
    expected: ['john-kamau HOLDS_ROLE nile-basin-authority'],
  },
  {
    pattern: '"X was a member of Y": MEMBER_OF',
    text: 'John Kamau was a member of the Orange Democratic Movement.',
    expected: ['john-kamau MEMBER_OF orange-democratic-movement'],
  },
  {
    pattern: '"he was elected": the pronoun resolved to the person',
    text: 'John Kamau met farmers in Nakuru. He was elected president of Kenya in 2022.',
    expected: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: 'negation: "X was not elected president of Y"',
    text: 'Kenya voted. John Kamau was not elected president of Kenya.',
    expected: [],
    forbidden: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: 'hypothetical: "If X becomes president of Y"',
    text: 'If John Kamau becomes president of Kenya, taxes will rise.',
    expected: [],
    forbidden: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: 'modality: "X could become / hopes to become president of Y"',
    text: 'John Kamau could become president of Kenya. Mary Achieng hopes to become president of Uganda.',
    expected: [],
    forbidden: ['john-kamau HOLDS_ROLE KEN', 'mary-achieng HOLDS_ROLE UGA'],
  },
  {
    pattern: 'a title that is someone else\'s: "X is the president\'s son"',
    text: "Kenya voted. John Kamau is the president's son.",
    expected: [],
    forbidden: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: 'no subject after a preposition: "the wife of X is the president of Y"',
    text: 'The wife of John Kamau is the president of Kenya.',
    expected: [],
    forbidden: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: 'no role without a title: "X was named after his grandfather"',
    text: 'Kenya voted. John Kamau was named after his grandfather.',
    expected: [],
    forbidden: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: 'an unnamed body is never guessed: "X is president of a football club in Y"',
    text: 'John Kamau is a president of a football club in Kenya.',
    expected: [],
    forbidden: ['john-kamau HOLDS_ROLE KEN'],
  },
  {
    pattern: '"X, the court\'s president": the court named before',
    text: "The Nile Basin Court ruled on Monday. Mary Achieng, the court's president, read it.",
    expected: ['mary-achieng HOLDS_ROLE nile-basin-court'],
  },
  {
    pattern: '"the country\'s foreign minister, X": the country named before',
    text: "Uganda hosted the talks. The country's foreign minister, John Kamau, spoke.",
    expected: ['john-kamau HOLDS_ROLE UGA'],
  },
  {
    pattern: '"X, the country\'s foreign minister" with no country named: nothing',
    text: "John Kamau, the country's foreign minister, spoke.",
    expected: [],
  },
  {
    pattern: '"X served as president of the Y Society": an unnamed body with an organisation head',
    text: 'Mary Achieng served as president of the Amber Valley Society in 1991.',
    expected: ['mary-achieng HOLDS_ROLE amber-valley-society'],
  },
  {
    pattern: '"X became the director of the Y Conservatory of Music"',
    text: 'Mary Achieng became the director of the Amber Valley Conservatory of Music in Nairobi.',
    expected: ['mary-achieng HOLDS_ROLE amber-valley-conservatory'],
  },
  {
    pattern:
      'no body: a department ("director of Sales and Marketing") or a place ("the Nairobi Hotel")',
    text: 'Mary Achieng served as the director of Sales and Marketing. John Kamau, president of the Nairobi Hotel, spoke.',
    expected: [],
  },
];

describe('role predicates and definite owners', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', ({ text, expected, forbidden = [] }) => {
    const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
    const triples = result.relations
      .filter((r) => !r.negated)
      .map((r) => `${r.source} ${r.type} ${r.target}`);
    for (const t of expected) expect(triples).toContain(t);
    for (const t of forbidden) expect(triples).not.toContain(t);
    if (!expected.length) expect(triples.filter((t) => /HOLDS_ROLE|MEMBER_OF/.test(t))).toEqual([]);
  });
});
