import { beforeAll, describe, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';
import { expectRelationCase, type RelationCase } from '../../test-support/relation-cases';

/** Requests, compliance, criticism of a thing and judgements, each on a sentence written for this test. */
const CASES: RelationCase[] = [
  {
    pattern: '"complied with the request of X" / "agreed to X\'s request": YIELDS to the asker',
    text: "Chile complied with the request of Peru. Bolivia agreed to Brazil's request.",
    expected: ['CHL YIELDS PER', 'BOL YIELDS BRA', 'PER APPEALS_TO CHL'],
  },
  {
    pattern: '"accepted X\'s demand": YIELDS, X DEMANDS; "at X\'s request": X APPEALS_TO',
    text: "Spain accepted Morocco's demand for talks. At Germany's request, France sent envoys.",
    expected: ['ESP YIELDS MAR', 'MAR DEMANDS ESP', 'DEU APPEALS_TO FRA'],
    forbidden: ['FRA YIELDS DEU'],
  },
  {
    pattern: '"refused to comply with X\'s request": REJECTS, not YIELDS',
    text: 'Spain refused to comply with the request of Morocco.',
    expected: ['ESP REJECTS MAR'],
    forbidden: ['ESP YIELDS MAR'],
  },
  {
    pattern: 'compliance only asked for ("urged X to comply with") is no yielding',
    text: 'Kenya urged Uganda to comply with the order of Rwanda.',
    expected: ['KEN APPEALS_TO UGA'],
    forbidden: ['UGA YIELDS RWA'],
  },
  {
    pattern: 'a request sent is no compliance',
    text: 'Chile sent a request to Peru.',
    expected: [],
    forbidden: ['CHL YIELDS PER'],
  },
  {
    pattern: '"advised X to", "sought help from X": APPEALS_TO; "advised X on" is none',
    text: 'Norway advised Denmark to delay the vote. Iceland sought help from Canada. Latvia advised Estonia on the vote.',
    expected: ['NOR APPEALS_TO DNK', 'ISL APPEALS_TO CAN'],
    forbidden: ['LVA APPEALS_TO EST'],
  },
  {
    pattern: '"sought the arrest of X" is no appeal to X',
    text: 'Germany sought the arrest of Vladimir Putin.',
    expected: [],
    forbidden: ['DEU APPEALS_TO vladimir-putin'],
  },
  {
    pattern: '"paid tribute to X" and "questioned X\'s authority"; not "paid X money"',
    text: "Iran paid tribute to Qatar. Russia questioned Poland's authority. Germany paid France 30 million euros.",
    expected: ['IRN COOPERATES_DIPLOMATICALLY QAT', 'RUS CRITICIZES POL'],
    forbidden: ['DEU COOPERATES_DIPLOMATICALLY FRA'],
  },
  {
    pattern: 'criticism or refusal of a thing "by X" / "made by X" is aimed at X',
    text: 'Germany criticised the planned conversion by Turkey. Poland rejected the proposal made by Russia.',
    expected: ['DEU CRITICIZES TUR', 'POL REJECTS RUS'],
  },
  {
    pattern:
      'a judgement of an owned thing: "said X\'s decision was an insult", "called the move by X a ..."',
    text: 'Spain said Morocco\'s decision on the border was an insult. Italy called the move by France a "smash and grab".',
    expected: ['ESP CRITICIZES MAR', 'ITA CRITICIZES FRA'],
  },
  {
    pattern:
      'a court ruling a thing unlawful REJECTS its owner; "described X as a threat" criticises X',
    text: "The Supreme Court ruled Britain's decision unlawful. Spain described Russia as a threat to peace.",
    expected: ['supreme-court REJECTS GBR', 'ESP CRITICIZES RUS'],
  },
  {
    pattern: 'a positive, negated or suffered judgement ("under threat") criticises nobody',
    text: "Spain said Morocco's decision was wise. Chile said Peru's move was not an insult. Fiji said Samoa was under threat.",
    expected: [],
    forbidden: ['ESP CRITICIZES MAR', 'CHL CRITICIZES PER', 'FJI CRITICIZES WSM'],
  },
  {
    pattern: 'a relative clause after a bracketed acronym has the named actor as subject',
    text: 'Kenya spoke, despite criticism by the African Union (AU) who questioned its legitimacy.',
    expected: ['african-union CRITICIZES KEN'],
  },
  {
    pattern:
      '"alleged (that) X ..." criticises X; "the alleged attack by X" is no allegation by the speaker',
    text: 'Iran alleged that Israel was hiding the figures. Chile alleged Peru had cheated. Oman reported the alleged raid by Yemen.',
    expected: ['IRN CRITICIZES ISR', 'CHL CRITICIZES PER'],
    forbidden: ['OMN CRITICIZES YEM'],
  },
  {
    pattern:
      'a judging or complying verb after a comma or "and" has the subject of the verb before',
    text: "NATO invites Finland and Sweden, calls Russia its biggest threat. Chile met Peru and agreed to Bolivia's request.",
    expected: ['nato CRITICIZES RUS', 'CHL YIELDS BOL'],
    forbidden: ['SWE CRITICIZES RUS', 'FIN CRITICIZES RUS', 'PER YIELDS BOL'],
  },
  {
    pattern: 'after an action noun "of X" is the one acted on, not the judged author',
    text: "Chad called the killing of Sudan's envoy a crime. Mali called the declaration of Niger as the winner null and void.",
    expected: [],
    forbidden: ['TCD CRITICIZES SDN', 'MLI REJECTS NER'],
  },
  {
    pattern:
      'an object relative on a thing ("a policy ..., which X criticised") is aimed at its holder',
    text: 'Chile kept a policy of turning boats away, which Peru criticised. Gabon signed a deal that Togo welcomed.',
    expected: ['PER CRITICIZES CHL', 'TGO COOPERATES_DIPLOMATICALLY GAB'],
  },
  {
    pattern:
      '"which, according to X, A and B have both criticised": X is no party, "both" no determiner',
    text: 'Chile and Peru kept a policy of turning boats away which, according to Reuters, Spain and Italy have both criticised.',
    expected: ['ESP CRITICIZES CHL', 'ITA CRITICIZES PER'],
    forbidden: ['reuters CRITICIZES CHL'],
  },
  {
    pattern:
      'no relative: an actor antecedent, "that" after a speech verb, a verb with its own object',
    text: 'Chile met Bolivia, which Peru criticised. Kenya told reporters that Ghana would back a plan by Togo.',
    expected: [],
    forbidden: ['PER CRITICIZES CHL', 'GHA SUPPORTS KEN', 'PER CRITICIZES BOL'],
  },
  {
    pattern:
      'a reaction to an act named by a demonym ("the Bolivian decision") is aimed at its country',
    text: 'Chile condemned the Bolivian decision to close the border. Peru condemned the Ecuadorian air strikes.',
    expected: ['CHL CRITICIZES BOL', 'PER CRITICIZES ECU'],
  },
  {
    pattern: '"condemned the attack by X": aimed at the attacker, not the event',
    text: 'Peru condemned the attack by Ecuador.',
    expected: ['PER CRITICIZES ECU'],
  },
  {
    pattern: 'no author: a demonym on people, or in a clause after the act',
    text: 'Chile praised the Bolivian people. Peru condemned the attack, which killed Ecuadorian soldiers.',
    expected: [],
    forbidden: ['CHL COOPERATES_DIPLOMATICALLY BOL', 'PER CRITICIZES ECU'],
  },
  {
    pattern: 'paraphrases: "lashed out at", "sided with", "opposed", "voiced support for"',
    text: 'Chile lashed out at Peru. Bolivia sided with Brazil. Ecuador opposed Colombia. Kenya voiced support for Uganda.',
    expected: [
      'CHL CRITICIZES PER',
      'BOL COOPERATES_DIPLOMATICALLY BRA',
      'ECU REJECTS COL',
      'KEN SUPPORTS UGA',
    ],
  },
  {
    pattern: 'negated paraphrases give no positive edge',
    text: 'Ecuador did not oppose Colombia. Kenya never sided with Uganda.',
    expected: [],
    forbidden: ['ECU REJECTS COL', 'KEN COOPERATES_DIPLOMATICALLY UGA'],
  },
];

describe('speech-act patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('should handle: $pattern', (c) => expectRelationCase(extractor, c));
});
