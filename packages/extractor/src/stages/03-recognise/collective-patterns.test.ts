import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/**
 * Collective actors and institutions named by common nouns, and names cut or typed wrongly
 * (stages 3–4), each on sentences written for this test. Entities as `name:Type`.
 */
const CASES: { pattern: string; text: string; expected: string[]; forbidden?: string[] }[] = [
  {
    pattern: "a demonym or a country's possessive before a national institution",
    text: "Fishermen said the Peruvian navy towed the boat. Kenya's army deployed to the border.",
    expected: ['Peruvian navy:Organization', 'Kenyan army:Organization'],
  },
  {
    pattern: 'a spokesman for a national institution',
    text: 'Colonel Ruth Amadi, a spokesman for the Chilean military, declined to comment.',
    expected: ['Chilean military:Organization'],
  },
  {
    pattern: "a bare 'the military' after a country's military named is that institution",
    text: 'The Peruvian armed forces closed the port. Later the military reopened it. The army said so.',
    expected: ['Peruvian armed forces:Organization'],
    forbidden: ['military:Organization', 'army:Organization', 'Peruvian army:Organization'],
  },
  {
    pattern: "a bare 'the military' with no country's military named is no actor",
    text: 'Ruritania said the military had seized power in the capital on Monday.',
    expected: [],
    forbidden: ['Ruritanian military:Organization', 'military:Organization'],
  },
  {
    pattern: 'a national institution noun before another noun is no institution',
    text: 'The Peruvian military base was closed after Peruvian army officers protested.',
    expected: [],
    forbidden: ['Peruvian military:Organization', 'Peruvian army:Organization'],
  },
  {
    pattern: 'a council or commission with a listed modifier',
    text: 'A member of the provincial council said a royal council would choose the heir.',
    expected: ['provincial council:Organization', 'royal council:Organization'],
  },
  {
    pattern: 'a court with a listed modifier',
    text: 'The count was delayed, the electoral court said on Sunday.',
    expected: ['electoral court:Organization'],
  },
  {
    pattern: "a country before a body's modifier joins its name",
    text: 'The Ghana electoral commission rejected the complaint on Tuesday.',
    expected: ['Ghana electoral commission:Organization'],
  },
  {
    pattern: 'a bare council, or a body noun before another noun, is no actor',
    text: "The council's decision was reported by residents. Few district council seats were contested. The court adjourned.",
    expected: [],
    forbidden: ['council:Organization', 'district council:Organization', 'court:Organization'],
  },
  {
    pattern: 'political camps: a stance word before camp or plural candidates',
    text: 'The pro-Moscow camp lost ground as pro-reform candidates won most seats.',
    expected: ['pro-Moscow camp:Group', 'pro-reform candidates:Group'],
  },
  {
    pattern: 'a single candidate is no camp',
    text: 'A pro-reform candidate conceded defeat in the capital on Sunday.',
    expected: [],
    forbidden: ['pro-reform candidate:Group'],
  },
  {
    pattern: 'capitalised Senators in mid-sentence are a group, a single senator is not',
    text: 'A number of Senators criticised Kenya on Monday. A senator praised Ghana.',
    expected: ['Senators:Group'],
    forbidden: ['senator:Group', 'senators:Group'],
  },
  {
    pattern: 'a two-word group head named twice, without its number',
    text: 'Fishermen rescued 300 asylum seekers off Libya. The asylum seekers were taken to Malta.',
    expected: ['asylum seekers:Group'],
    forbidden: ['300 asylum seekers:Group', 'rescued 300 asylum seekers:Group'],
  },
  {
    pattern: 'an unqualified group named once is no actor',
    text: 'Police said migrants were seen near the border of Chad on Friday.',
    expected: [],
    forbidden: ['migrants:Group'],
  },
  {
    pattern: 'a place named after a title is no person',
    text: 'Mourners gathered at the Sultan Amir Grand Mosque in Muscat on Sunday.',
    expected: [],
    forbidden: ['Amir Grand Mosque:Person'],
  },
  {
    pattern: 'an honorific before a full name and its short form: one person',
    text: 'Princess Malai Sirivanna filed her candidacy. Officially, Princess Malai no longer holds a title.',
    expected: ['Malai Sirivanna:Person'],
    forbidden: ['Princess Malai:Person'],
  },
  {
    pattern: "a country's name opening an organisation's name belongs to it",
    text: 'The Kenya Commission on Press Freedom criticised the ruling on Monday.',
    expected: ['Kenya Commission on Press Freedom:Organization'],
    forbidden: ['Commission on Press Freedom:Organization'],
  },
  {
    pattern: 'a capitalised stop word inside an organisation name',
    text: 'The bill went to the Althing Foreign Relations Committee on Monday.',
    expected: ['Althing Foreign Relations Committee:Organization'],
    forbidden: ['Relations Committee:Organization', 'Foreign Relations Committee:Organization'],
  },
  {
    pattern: 'a capitalised stop word does not join a person to a title',
    text: 'Ruritania Foreign Minister Karl Brandt met Kenya on Monday.',
    expected: ['Karl Brandt:Person'],
    forbidden: ['Ruritania Foreign:Organization'],
  },
  {
    pattern: "a surname before 'family' is a family; 'royal family' is a body",
    text: 'The party was founded by allies of the Okonkwo family. Critics of the royal family were jailed.',
    expected: ['Okonkwo family:Group', 'royal family:Organization'],
  },
  {
    pattern: 'a family without a name or modifier is no actor',
    text: 'Ruritania said the family of the victim had been informed on Monday.',
    expected: [],
    forbidden: ['family:Group', 'family:Organization'],
  },
  {
    pattern: "a name after '<title> of the <body>' is the title holder's, not the body's",
    text: 'Speaking on Monday, President of the Constitutional Court Ines Valdora upheld the law.',
    expected: ['Ines Valdora:Person', 'Constitutional Court:Organization'],
    forbidden: ['Constitutional Court Ines Valdora:Organization'],
  },
];

describe('collective and institution patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', ({ text, expected, forbidden = [] }) => {
    const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
    const found = result.entities.map((e) => `${e.name}:${e.type}`);
    for (const e of expected) expect(found).toContain(e);
    for (const e of forbidden) expect(found).not.toContain(e);
  });

  it('should give a bare head word the organisation it heads, named before or after it', () => {
    const { result } = extractor.extract([
      {
        text: [
          'date 2023-01-10 House issues summons to minister',
          '',
          'On Friday, the Ruritanian House of Delegates summoned Minister Karl Brandt.',
          'The House issued a request for documents. The House also asked for a transcript.',
        ].join('\n'),
      },
    ]);
    const names = result.entities.map((e) => e.name);
    expect(names).toContain('Ruritanian House of Delegates');
    expect(names).not.toContain('House');
  });
});
