import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from './create-extractor';
import type { Extractor } from './public-types';

interface Case {
  topic: string;
  text: string;
  /** 'SOURCE TYPE TARGET' triples that must be extracted (entity ids). */
  expected: string[];
  /** Triples that must not be extracted. */
  forbidden?: string[];
  entities?: string[];
}

const CASES: Case[] = [
  {
    topic: 'military action (Middle East)',
    text: 'date 2023-05-10 Israeli warplanes struck targets in Gaza on Tuesday, killing three senior commanders of Islamic Jihad, the Israeli military said. Hamas condemned the strikes and warned Israel of retaliation.',
    expected: ['ISR ASSAULTS palestinian-islamic-jihad', 'hamas THREATENS ISR'],
    forbidden: ['ISR ASSAULTS idf'],
  },
  {
    topic: 'diplomacy (East Asia)',
    text: 'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk-yeol in Tokyo on Thursday.',
    expected: [
      'fumio-kishida CONSULTS yoon-suk-yeol',
      'fumio-kishida HOLDS_ROLE JPN',
      'yoon-suk-yeol HOLDS_ROLE KOR',
    ],
    forbidden: ['fumio-kishida CONSULTS KOR'],
  },
  {
    topic: 'protests (East Africa)',
    text: 'Opposition leader Raila Odinga called for fresh demonstrations against President William Ruto.',
    expected: ['william-ruto HOLDS_ROLE KEN'],
    entities: ['Raila Odinga'],
  },
  {
    topic: 'military aid (Europe)',
    text: "Germany will send 14 Leopard tanks to Ukraine, Chancellor Olaf Scholz said. Russia's ambassador to Berlin, Sergei Nechayev, denounced the decision.",
    expected: ['DEU SUPPORTS UKR', 'olaf-scholz HOLDS_ROLE DEU', 'sergei-nechayev HOLDS_ROLE RUS'],
    forbidden: ['DEU SUPPORTS olaf-scholz'],
  },
  {
    topic: 'trade',
    text: 'The European Commission proposed new tariffs on Chinese electric vehicles, and Beijing threatened to retaliate.',
    expected: ['european-commission SANCTIONS CHN'],
  },
  {
    topic: 'detention (Central Asia)',
    text: 'The Taliban detained a British aid worker in Kabul, the Foreign Office in London said on Friday.',
    expected: [],
    forbidden: ['taliban COERCES uk-foreign-office'],
  },
  {
    topic: 'reciprocal accusations (Caucasus)',
    text: 'Armenia and Azerbaijan accused each other of shelling border villages.',
    expected: ['ARM CRITICIZES AZE', 'AZE CRITICIZES ARM'],
  },
  {
    topic: 'passive voice and negation',
    text: 'Protesters were detained by police in Minsk. Poland did not sanction Hungary.',
    expected: [],
    forbidden: ['POL SANCTIONS HUN'],
  },
];

describe('generalisation', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  describe('#extract', () => {
    it.each(CASES)(
      'should extract the $topic edges',
      ({ text, expected, forbidden = [], entities = [] }) => {
        const { result } = extractor.extract([{ text }]);
        const triples = result.relations
          .filter((r) => !r.negated)
          .map((r) => `${r.source} ${r.type} ${r.target}`);
        for (const t of expected) expect(triples).toContain(t);
        for (const t of forbidden) expect(triples).not.toContain(t);
        for (const e of entities) expect(result.entities.map((x) => x.name)).toContain(e);
        for (const r of result.relations) expect(r.evidence[0]!.text.length).toBeGreaterThan(0);
      },
    );

    it('should mark a negated interaction as negated', () => {
      const { result } = extractor.extract([{ text: 'Poland did not sanction Hungary.' }]);
      expect(result.relations).toEqual([
        expect.objectContaining({ source: 'POL', type: 'SANCTIONS', target: 'HUN', negated: true }),
      ]);
    });
  });
});
