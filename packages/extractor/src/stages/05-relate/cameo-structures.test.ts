import { beforeAll, describe, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';
import { expectRelationCase, type RelationCase } from '../../test-support/relation-cases';

/** Argument structures wire copy uses for CAMEO events, each on sentences written for this test. */
const CASES: RelationCase[] = [
  {
    pattern: 'called on X to',
    text: 'Kenya called on Uganda to release the detained journalists.',
    expected: ['KEN APPEALS_TO UGA'],
  },
  {
    pattern: 'urged X to: the asked-for action is no event',
    text: 'Germany urged Turkey to attack Syria.',
    expected: ['DEU APPEALS_TO TUR'],
    forbidden: ['TUR ATTACKS SYR'],
  },
  {
    pattern: 'demanded that X ...: the subject of the that-clause',
    text: 'Chile demanded that Peru withdraw its ambassador.',
    expected: ['CHL DEMANDS PER'],
  },
  {
    pattern: 'refused to ... with no object: rejects the one who asked',
    text: 'Norway asked Sweden to extradite the suspect. Sweden refused to do so. The European Union urged Hungary to sign the statement. Hungary refused.',
    expected: ['NOR APPEALS_TO SWE', 'SWE REJECTS NOR', 'HUN REJECTS eu'],
  },
  {
    pattern: 'refused to <verb> X: rejects X, and the refused action is no event',
    text: 'Iran refused to meet Israel. Kyiv refused to put its name on the document.',
    expected: ['IRN REJECTS ISR'],
    forbidden: ['IRN CONSULTS ISR'],
  },
  {
    pattern: 'pledged to / pledged X to Y',
    text: 'Egypt pledged to help Sudan. Japan pledged aid to Nepal.',
    expected: ['EGY SUPPORTS SDN', 'JPN INTENDS_TO_COOPERATE NPL'],
  },
  {
    pattern: 'offered X to Y',
    text: 'Norway offered humanitarian aid to Nepal.',
    expected: ['NOR INTENDS_TO_COOPERATE NPL'],
  },
  {
    pattern: 'extradited X to Y: judicial cooperation with Y',
    text: 'Spain extradited the businessman to Argentina.',
    expected: ['ESP COOPERATES_MATERIALLY ARG'],
  },
  {
    pattern: "expelled X's diplomats / Xian diplomats",
    text: "Poland expelled Belarus's diplomats. Latvia expelled three Russian diplomats.",
    expected: ['POL REDUCES_RELATIONS BLR', 'LVA REDUCES_RELATIONS RUS'],
  },
  {
    pattern: 'sent troops / aid / investigators to X',
    text: 'Rwanda sent troops to Mozambique. Canada sent aid to Haiti. The United Nations sent investigators to Myanmar.',
    expected: ['RWA SUPPORTS MOZ', 'CAN SUPPORTS HTI', 'un INVESTIGATES MMR'],
  },
  {
    pattern: 'sent troops into X is still an attack',
    text: 'Ethiopia sent troops into Somalia.',
    expected: ['ETH ATTACKS SOM'],
    forbidden: ['ETH SUPPORTS SOM'],
  },
  {
    pattern: 'detained / arrested X',
    text: 'Egypt detained Ahmed Mansour. Iranian police arrested Narges Mohammadi.',
    expected: ['EGY COERCES ahmed-mansour', 'IRN COERCES narges-mohammadi'],
  },
  {
    pattern: 'demonstrated / marched / staged rallies against X',
    text: 'Hezbollah demonstrated against Israel. Palestinians marched against Egypt. Hamas staged rallies against Jordan.',
    expected: [
      'hezbollah PROTESTS_AGAINST ISR',
      'PSE PROTESTS_AGAINST EGY',
      'hamas PROTESTS_AGAINST JOR',
    ],
  },
  {
    pattern: 'imposed a curfew on X / in X',
    text: 'Israel imposed a curfew on Lebanon. Egypt imposed a curfew in Libya.',
    expected: ['ISR COERCES LBN', 'EGY COERCES LBY'],
  },
  {
    pattern: 'launched an investigation into X',
    text: 'The International Criminal Court launched an investigation into Venezuela.',
    expected: ['icc INVESTIGATES VEN'],
  },
  {
    pattern: 'nominalisations: announced an investigation into X, issued an apology to X',
    text: 'The European Commission announced an investigation into China. Japan issued an apology to South Korea.',
    expected: ['european-commission INVESTIGATES CHN', 'JPN COOPERATES_DIPLOMATICALLY KOR'],
  },
  {
    pattern: "derived pattern: called for X's resignation / the resignation of X",
    text: "Kenya called for Ruto's resignation. Uganda called for the resignation of William Ruto.",
    expected: ['KEN APPEALS_TO william-ruto', 'UGA APPEALS_TO william-ruto'],
  },
  {
    pattern:
      'derived pattern: the required noun must be the object ("called the election for X" is no appeal)',
    text: 'The Associated Press called the election for Joe Biden.',
    expected: [],
    forbidden: ['associated-press APPEALS_TO joe-biden'],
  },
  {
    pattern: 'put X on a blacklist',
    text: 'The EU put Belarus on a blacklist.',
    expected: ['eu SANCTIONS BLR'],
  },
  {
    pattern: "contacted X's foreign minister",
    text: "Norway's foreign minister contacted Kenya's foreign minister about the talks.",
    expected: ['NOR CONSULTS KEN'],
  },
  {
    pattern: 'asked X to',
    text: 'Qatar asked Egypt to mediate.',
    expected: ['QAT APPEALS_TO EGY'],
  },
  {
    pattern: 'accused X of',
    text: 'Morocco accused Algeria of arming rebels.',
    expected: ['MAR CRITICIZES DZA'],
  },
  {
    pattern: 'condemned / criticised X',
    text: 'France condemned Mali. Britain criticised Iran.',
    expected: ['FRA CRITICIZES MLI', 'GBR CRITICIZES IRN'],
  },
  {
    pattern: 'apologised / apologized to X',
    text: 'Japan apologised to South Korea. Germany apologized to Namibia.',
    expected: ['JPN COOPERATES_DIPLOMATICALLY KOR', 'DEU COOPERATES_DIPLOMATICALLY NAM'],
  },
  {
    pattern: 'threatened X',
    text: 'North Korea threatened Japan.',
    expected: ['PRK THREATENS JPN'],
  },
  {
    pattern: 'overthrew X (an irregular past form wink tags as a noun)',
    text: "Sudan's army overthrew Rashid al-Omari. Sudan overthrew the government of Chad.",
    expected: ['sudanese-armed-forces COERCES rashid-al-omari', 'SDN COERCES TCD'],
    forbidden: ['rashid-al-omari AFFILIATED_WITH sudanese-armed-forces'],
  },
  {
    pattern: 'withheld aid from X',
    text: 'The United States withheld military aid from Egypt.',
    expected: ['USA REDUCES_RELATIONS EGY'],
  },
  {
    pattern: 'claimed responsibility for an attack on X',
    text: 'Al-Shabaab claimed responsibility for an attack on Kenya.',
    expected: ['al-shabaab ATTACKS KEN'],
  },
];

describe('CAMEO argument structures', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', (c) => expectRelationCase(extractor, c));
});
