import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/** Recognition and resolution patterns (stages 3–4), each on a sentence written for this test. */
const CASES: {
  pattern: string;
  text: string;
  /** `id:Type` or `name:Type` of entities. */
  expected: string[];
  forbidden?: string[];
  /** `source-TYPE->target` ids. */
  relations?: string[];
}[] = [
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
  // The name tagger, where the rules are silent (names outside the gazetteer).
  {
    pattern: 'a name after a descriptor, its short form later',
    text: 'Thousands rallied behind the hardline cleric Moqtada al-Sadr on Friday. Sadr urged calm.',
    expected: ['Moqtada al-Sadr:Person'],
    forbidden: ['Sadr:Person', 'Moqtada:Person'],
  },
  {
    pattern: 'a name after a descriptor with a modifier',
    text: 'The march was led by veteran opposition figure Ogbonna Ekwueme, who said the vote was rigged.',
    expected: ['Ogbonna Ekwueme:Person'],
  },
  {
    pattern: "a full name with the particles 'bin' and 'al-'",
    text: 'Police said Abu Bakr bin Rashid al-Tamimi was arrested in Riyadh on Monday.',
    expected: ['Abu Bakr bin Rashid al-Tamimi:Person'],
    forbidden: ['Abu Bakr:Person'],
  },
  {
    pattern: 'a surname of several hyphenated pieces, one of them lower-case',
    text: 'Opposition leader Kamal Phan-o-rak met students on Friday. Phan-o-rak later left.',
    expected: ['Kamal Phan-o-rak:Person'],
    forbidden: ['Kamal Phan-o:Person'],
  },
  {
    pattern: "a capitalised adjective opening an organisation's name in mid-sentence",
    text: 'The mayor quit the New Civic Alliance Party on Monday. New members joined the Labour Party.',
    expected: ['New Civic Alliance Party:Organization', 'Labour Party:Organization'],
    forbidden: ['Civic Alliance Party:Organization', 'New members:Organization'],
  },
  {
    pattern: 'a common noun opening a sentence before a name is not part of it',
    text: 'Farmer Lina Oyelaran said prices had doubled since the blockade began.',
    expected: ['Lina Oyelaran:Person'],
    forbidden: ['Farmer Lina Oyelaran:Person'],
  },
  {
    pattern: "a full name with the particle 'van der'",
    text: 'The plan was criticised by the lawmaker Pieter van der Berg on Tuesday.',
    expected: ['Pieter van der Berg:Person'],
  },
  {
    pattern: 'a non-ASCII surname used alone later is the same person',
    text: 'Opposition leader Özgür Yıldırım criticised the government on Monday. Yıldırım said the vote was rigged.',
    expected: ['Özgür Yıldırım:Person'],
    forbidden: ['Yıldırım:Person'],
  },
  {
    pattern: 'titled leaders with non-ASCII names meet',
    text: 'Turkish President Recep Tayyip Erdoğan met Polish Prime Minister Donald Tusk in Ankara.',
    expected: ['recep-tayyip-erdogan:Person', 'donald-tusk:Person'],
    relations: ['recep-tayyip-erdogan-CONSULTS->donald-tusk'],
  },
  {
    pattern: 'a bare Party is no organisation',
    text: 'The Party said it would contest the vote. Party officials declined to comment.',
    expected: [],
    forbidden: ['party:Organization', 'Party:Organization'],
  },
  {
    pattern: 'a nationality word used only before nouns is no actor',
    text: 'The Tigrayan side made concessions, Tigrayan officials said on Sunday.',
    expected: [],
    forbidden: ['Tigrayan:Person', 'Tigrayan:Location', 'Tigrayan:Organization'],
  },
];

describe('recognise patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)(
    'should handle: $pattern',
    ({ text, expected, forbidden = [], relations = [] }) => {
      const { result } = extractor.extract([{ text: `date 2023-01-10 ${text}` }]);
      const found = result.entities.flatMap((e) => [`${e.id}:${e.type}`, `${e.name}:${e.type}`]);
      for (const e of expected) expect(found).toContain(e);
      for (const e of forbidden) expect(found).not.toContain(e);
      const edges = result.relations.map((r) => `${r.source}-${r.type}->${r.target}`);
      for (const r of relations) expect(edges).toContain(r);
    },
  );

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
