import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/** Recognition and resolution patterns (stages 3–4), each on a sentence written for this test. */
const CASES: { pattern: string; text: string; expected: string[]; forbidden?: string[] }[] = [
  {
    pattern: 'territories from the gazetteer are locations',
    text: 'Moscow still backs Transnistria, and troops remain in Abkhazia.',
    expected: ['transnistria:Location', 'abkhazia:Location'],
  },
  {
    pattern: 'a lone head word opening a sentence is no organisation',
    text: 'Forces from the north advanced on Monday. Ministry officials declined to comment.',
    expected: [],
    forbidden: ['forces:Organization', 'ministry:Organization'],
  },
  {
    pattern: 'an unknown person in an apposition with adjectives and a holder before the title',
    text: 'The talks were led by Amara Okafor, a senior ECOWAS official, and Tunde Bello, a former Nigerian deputy president.',
    expected: ['amara-okafor:Person', 'tunde-bello:Person'],
  },
  {
    pattern: "an apposition title after a person's possessive",
    text: "The delegation was led by Kwame Mensah, Mahama's national security adviser.",
    expected: ['kwame-mensah:Person'],
  },
  {
    pattern: 'companies from the gazetteer',
    text: 'Volkswagen and SAIC said the tariffs would hurt sales.',
    expected: ['volkswagen:Organization', 'saic:Organization'],
  },
];

describe('recognise patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', ({ text, expected, forbidden = [] }) => {
    const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
    const found = result.entities.map((e) => `${e.id}:${e.type}`);
    for (const e of expected) expect(found).toContain(e);
    for (const e of forbidden) expect(found).not.toContain(e);
  });

  it('should give a one-word name found by pattern the earlier full name', () => {
    const { result } = extractor.extract([
      {
        text: 'date 2023-01-10 The Regional Trade Commission met in Accra. Ghana urged the Commission to act.',
      },
    ]);
    const ids = result.entities.map((e) => e.id);
    expect(ids).toContain('regional-trade-commission');
    expect(ids).not.toContain('commission');
  });
});
