import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/**
 * Roles and memberships (HOLDS_ROLE, MEMBER_OF, AFFILIATED_WITH), each on sentences written for
 * this test. Triples are `source TYPE target`; `role` checks the stored role of an edge.
 */
const CASES: {
  pattern: string;
  text: string;
  date?: string;
  expected: string[];
  forbidden?: string[];
  role?: [string, string];
}[] = [
  {
    pattern: 'a name run before an organisation title is its body ("Vextra CEO X")',
    text: 'Peru and Chile traded barbs. Vextra-Lun CEO Dalia Moreno said the refunds were paid.',
    expected: ['dalia-moreno HOLDS_ROLE vextra-lun'],
    forbidden: ['dalia-moreno HOLDS_ROLE PER', 'dalia-moreno HOLDS_ROLE CHL'],
  },
  {
    pattern: 'the short form of an organisation named earlier is that organisation',
    text: 'Quorra Media Corporation lost its licence. Quorra CEO Ines Balta apologised to Peru.',
    expected: ['ines-balta HOLDS_ROLE quorra-media-corporation'],
    forbidden: ['ines-balta HOLDS_ROLE PER'],
  },
  {
    pattern: 'a body with "of" before the title ("House of Lords Speaker X"), not the main country',
    text: 'Kenya is angry with Kenya. House of Elders Speaker Tomas Odede criticised Uganda.',
    expected: ['tomas-odede HOLDS_ROLE house-of-elders'],
    forbidden: ['tomas-odede HOLDS_ROLE KEN', 'tomas-odede HOLDS_ROLE UGA'],
  },
  {
    pattern: 'an unresolved multi-word body before a title blocks any country guess',
    text: 'Nigeria hosted the summit. Green Valley Trust Chairman Ade Bankole praised Nigeria.',
    expected: [],
    forbidden: ['ade-bankole HOLDS_ROLE NGA'],
  },
  {
    pattern: '"X is led by President Y": the body is the subject of "led by"',
    text: 'Norway praised the ruling. The Constitutional Court is led by President Marta Lind.',
    expected: ['marta-lind HOLDS_ROLE constitutional-court'],
    forbidden: ['marta-lind HOLDS_ROLE NOR'],
  },
  {
    pattern: '"as governor, X announced": a bare title after a preposition is no apposition',
    text: 'Chile watched. In addition to stepping down as governor, Pablo Rivas announced he would leave the party.',
    expected: [],
    forbidden: ['pablo-rivas HOLDS_ROLE CHL'],
  },
  {
    pattern: '"former Vice President X": the gazetteer\'s past term, not a country of the sentence',
    text: 'Ukraine was urged to investigate former Vice President Joe Biden.',
    date: '2019-10-01',
    expected: ['joe-biden HOLDS_ROLE USA'],
    forbidden: ['joe-biden HOLDS_ROLE UKR'],
    role: ['joe-biden HOLDS_ROLE USA', 'Former Vice President'],
  },
  {
    pattern: 'a title whose gazetteer term ended before the date ("President Obama" in 2019)',
    text: "During his time as President Barack Obama's deputy, he urged Ukraine to act.",
    date: '2019-10-01',
    expected: ['barack-obama HOLDS_ROLE USA'],
    forbidden: ['barack-obama HOLDS_ROLE UKR'],
  },
  {
    pattern: 'a member title ("MP") infers no country by itself',
    text: 'France is divided. MP Claire Dubois criticised the plan.',
    expected: [],
    forbidden: ['claire-dubois HOLDS_ROLE FRA'],
  },
  {
    pattern: 'a national title still takes the country named before it',
    text: 'Kenyan Solicitor General Amos Kiprono filed the petition.',
    expected: ['amos-kiprono HOLDS_ROLE KEN'],
  },
  {
    pattern:
      '"X of the Y Party" / "X from the Y Party": membership of the party named after the name',
    text: 'Maria Vogt of the Harmony Party and David Haddad from the Cedar Party won seats.',
    expected: ['maria-vogt MEMBER_OF harmony-party', 'david-haddad MEMBER_OF cedar-party'],
  },
  {
    pattern: '"the Y Party\'s X and Z": a party\'s possessive before coordinated names',
    text: "The Harmony Party's Maria Vogt and David Haddad won seats.",
    expected: ['maria-vogt MEMBER_OF harmony-party', 'david-haddad MEMBER_OF harmony-party'],
  },
  {
    pattern: '"X (Y Party)": the party in brackets after the name',
    text: 'Maria Vogt (Harmony Party) voted against the bill.',
    expected: ['maria-vogt MEMBER_OF harmony-party'],
  },
  {
    pattern: '"X, a political scientist at the Y University": affiliation',
    text: 'Michael Chen, a political scientist at the Lakeside University, said the vote was close.',
    expected: ['michael-chen AFFILIATED_WITH lakeside-university'],
  },
  {
    pattern: 'a party or country in the sentence but not attached to the name gives nothing',
    text: 'Maria Vogt of Spain said the Harmony Party lost. David Haddad met the Cedar Party leaders.',
    expected: [],
    forbidden: [
      'maria-vogt MEMBER_OF harmony-party',
      'david-haddad MEMBER_OF cedar-party',
      'maria-vogt AFFILIATED_WITH ESP',
    ],
  },
  {
    pattern: 'a party word before a member title ("Labour MP X", "Republican representative X")',
    text: 'Labour MP Yvette Cooper and Republican representative Mark Amodei criticised France.',
    expected: ['yvette-cooper MEMBER_OF labour-party-uk', 'mark-amodei MEMBER_OF republican-party'],
    forbidden: ['yvette-cooper HOLDS_ROLE FRA', 'mark-amodei HOLDS_ROLE FRA'],
  },
  {
    pattern: '"X, a Conservative MP": the party in an apposition',
    text: 'Martin Ellory, a Conservative MP, spoke in Paris.',
    expected: ['martin-ellory MEMBER_OF conservative-party-uk'],
  },
  {
    pattern: 'a country before a member title stays a role ("Kenyan MP X")',
    text: 'Kenyan MP John Mbadi spoke.',
    expected: ['john-mbadi HOLDS_ROLE KEN'],
    forbidden: ['john-mbadi MEMBER_OF KEN'],
  },
  {
    pattern: '"Y\'s personal lawyer X", "X, an aide to Y": affiliated with the person, no country',
    text: "Ukraine's envoy met Trump's personal lawyer Rudy Giuliani and Andriy Yermak, an aide to Zelensky.",
    date: '2019-10-01',
    expected: [
      'rudy-giuliani AFFILIATED_WITH donald-trump',
      'andriy-yermak AFFILIATED_WITH volodymyr-zelensky',
    ],
    forbidden: ['rudy-giuliani HOLDS_ROLE UKR', 'andriy-yermak HOLDS_ROLE UKR'],
  },
  {
    pattern: '"his running mate X": the pronoun\'s person, not his country',
    text: 'Joe Biden spoke in Delaware. His running mate Kamala Harris spoke after him.',
    date: '2020-11-08',
    expected: ['kamala-harris AFFILIATED_WITH joe-biden'],
    forbidden: ['kamala-harris AFFILIATED_WITH USA'],
  },
  {
    pattern: '"X, chief executive of Y": an unresolved name after an organisation title',
    text: 'Chile fined the firm. Maria Vogt, chief executive of Novacorp, apologised.',
    expected: ['maria-vogt HOLDS_ROLE novacorp'],
    forbidden: ['maria-vogt HOLDS_ROLE CHL'],
  },
  {
    pattern: '"Y\'s spokesman X": staff of a person, not of a country in the sentence',
    text: "Putin's spokesman Dmitry Peskov criticised Ukraine.",
    expected: ['dmitry-peskov AFFILIATED_WITH vladimir-putin'],
    forbidden: ['dmitry-peskov HOLDS_ROLE UKR'],
  },
  {
    pattern: '"X, the Secretary of Justice for Y": the country after "for"',
    text: 'Maria Vogt, the Secretary of Justice for Chile, resigned.',
    expected: ['maria-vogt HOLDS_ROLE CHL'],
  },
  {
    pattern: '"X, one of President Y\'s aides": a plural title owned by a titled person',
    text: "Peru's envoy met Andriy Yermak, one of President Zelensky's aides.",
    date: '2019-10-01',
    expected: ['andriy-yermak AFFILIATED_WITH volodymyr-zelensky'],
    forbidden: ['andriy-yermak HOLDS_ROLE PER'],
  },
  {
    pattern:
      '"X, the Secretary of State": the person\'s gazetteer term, not the sentence\'s country',
    text: 'John Kerry, the Secretary of State, called Thailand.',
    date: '2015-05-20',
    expected: ['john-kerry HOLDS_ROLE USA'],
    forbidden: ['john-kerry HOLDS_ROLE THA'],
  },
  {
    pattern: '"X, a US peace envoy": a noun modifier between the country and the title',
    text: 'The rebels met Dawud Rahimi, a US peace envoy, in Qatar.',
    expected: ['dawud-rahimi HOLDS_ROLE USA'],
    forbidden: ['dawud-rahimi HOLDS_ROLE QAT'],
  },
  {
    pattern: '"X, a Republican," and "a Democrat, X,": a party noun apposed to a name',
    text: 'Mark Amodei, a Republican, backed Peru. Since then, a Democrat, John Smith, has spoken.',
    expected: ['mark-amodei MEMBER_OF republican-party', 'john-smith MEMBER_OF democratic-party'],
    forbidden: ['mark-amodei HOLDS_ROLE PER'],
  },
  {
    pattern:
      'a hyphenated title in either tokenisation ("Vice President-elect", "Secretary-General")',
    text: 'Kenya wept. UN Secretary-General Antonio Guterres spoke.',
    expected: ['antonio-guterres HOLDS_ROLE un'],
    forbidden: ['antonio-guterres HOLDS_ROLE KEN'],
  },
  {
    pattern:
      '"Y University political scientist X": an organisation and a descriptor before the name',
    text: 'Lakeside University political scientist Michael Chen said Peru would win.',
    expected: ['michael-chen AFFILIATED_WITH lakeside-university'],
    forbidden: ['michael-chen HOLDS_ROLE PER'],
  },
  {
    pattern: 'a plural descriptor ("Y fighters X and Z") says nothing about the names',
    text: 'Hamas fighters John Smith and Mary Jones left Gaza.',
    expected: [],
    forbidden: ['john-smith AFFILIATED_WITH hamas', 'john-smith MEMBER_OF hamas'],
  },
  {
    pattern:
      '"X, a member of the Y": MEMBER_OF the body after the title, none of a country elsewhere',
    text: 'John Smith, a member of the Senate, spoke in Peru.',
    expected: ['john-smith MEMBER_OF us-senate'],
    forbidden: ['john-smith HOLDS_ROLE PER', 'john-smith MEMBER_OF PER'],
  },
  {
    pattern: '"a spokesman for German Chancellor X": the demonym belongs to the next title',
    text: 'Poland agreed, and a spokesman for German Chancellor Angela Merkel said Berlin agreed too.',
    date: '2020-08-10',
    expected: ['angela-merkel HOLDS_ROLE DEU'],
    role: ['angela-merkel HOLDS_ROLE DEU', 'Chancellor'],
  },
  {
    pattern: '"X, the new Sultan": the person\'s gazetteer term licenses the country',
    text: 'Oman mourned. Haitham bin Tariq, the new Sultan, spoke to Iran.',
    date: '2020-01-11',
    expected: ['haitham-bin-tariq HOLDS_ROLE OMN'],
    forbidden: ['haitham-bin-tariq HOLDS_ROLE IRN'],
  },
  {
    pattern: '"X, the new Sultan" with no gazetteer term and no "of Y" guesses no country',
    text: 'Oman mourned. John Smith, the new Sultan, spoke.',
    expected: [],
    forbidden: ['john-smith HOLDS_ROLE OMN'],
  },
];

describe('role and membership patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', ({ text, date, expected, forbidden = [], role }) => {
    const { result } = extractor.extract([{ text: `date ${date ?? '2023-01-10'} ${text}` }]);
    const triples = result.relations
      .filter((r) => !r.negated)
      .map((r) => `${r.source} ${r.type} ${r.target}`);
    for (const t of expected) expect(triples).toContain(t);
    for (const t of forbidden) expect(triples).not.toContain(t);
    if (role) {
      const edge = result.relations.find((r) => `${r.source} ${r.type} ${r.target}` === role[0]);
      expect(edge?.role).toBe(role[1]);
    }
  });
});
