import { beforeAll, describe, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';
import { expectRelationCase, type RelationCase } from '../../test-support/relation-cases';

/** Nominalised triggers (`nominal-events.ts`), each on a sentence written for this test. */
const NOMINAL: RelationCase[] = [
  {
    pattern: "'the N of X by Y' with a zero-derived noun",
    text: 'The arrest of Peru’s consul by Bolivia drew protests on Monday.',
    expected: ['BOL COERCES PER'],
  },
  {
    pattern: "a possessor is the agent of '-ition' nominal",
    text: "Chile's recognition of Bolivia came late in the year.",
    expected: ['CHL COOPERATES_DIPLOMATICALLY BOL'],
  },
  {
    pattern: "an irregular '-ulsion' nominal with 'by'",
    text: "The expulsion of Kenya's ambassador by Uganda surprised observers.",
    expected: ['UGA REDUCES_RELATIONS KEN'],
  },
  {
    pattern: "an '-ing' nominal whose patient phrase names a group before its head",
    text: 'The killing of Hamas leader Ismail Haniyeh by Israel angered Iran.',
    expected: ['ISR ASSAULTS ismail-haniyeh'],
    forbidden: ['ISR ASSAULTS hamas'],
  },
  {
    pattern: 'no edge without an agent',
    text: "The arrest of Peru's consul in Bolivia drew protests.",
    expected: [],
    forbidden: ['BOL COERCES PER'],
  },
  {
    pattern: 'no edge when the actor only modifies the patient',
    text: "Chile's approval of the Peru budget was delayed.",
    expected: [],
    forbidden: ['CHL COOPERATES_DIPLOMATICALLY PER', 'CHL SUPPORTS PER'],
  },
  {
    pattern: 'no edge for a noun that is no nominalised trigger',
    text: "The population of Peru's capital grew faster than Chile's.",
    expected: [],
    forbidden: ['CHL COERCES PER'],
  },
  {
    pattern: 'a denied nominal act gives no positive edge',
    text: 'Bolivia denied the detention of Peru’s consul by its police, saying Chile lied.',
    expected: [],
    forbidden: ['BOL COERCES PER'],
  },
  {
    pattern: 'a light verb does the act its nominalised object names',
    text: 'Kenya ordered the expulsion of diplomats from Uganda on Friday.',
    expected: ['KEN REDUCES_RELATIONS UGA'],
    forbidden: ['KEN DEMANDS UGA'],
  },
  {
    pattern: "a light verb with a particle ('carried out the arrest of')",
    text: 'Bolivian police carried out the arrest of Peru’s consul in La Paz.',
    expected: ['BOL COERCES PER'],
  },
  {
    pattern: "the light verb's subject across a coordinated clause",
    text: 'Kenya accused Sudan of lying and ordered the expulsion of envoys from several states, including Chad and Niger.',
    expected: ['KEN REDUCES_RELATIONS TCD', 'KEN REDUCES_RELATIONS NER'],
    forbidden: ['SDN REDUCES_RELATIONS TCD'],
  },
  {
    pattern: 'an infinitive inside an accusation does not lend its subject to a later verb',
    text: 'Chile accused Peru of trying to stage a coup and ordered the expulsion of envoys from Bolivia.',
    expected: ['CHL REDUCES_RELATIONS BOL'],
    forbidden: ['PER REDUCES_RELATIONS BOL'],
  },
  {
    pattern: "'the withdrawal of X from Y': X acts, so no edge to X",
    text: 'Chile ordered the withdrawal of Peru from the regional alliance.',
    expected: [],
    forbidden: ['CHL YIELDS PER', 'CHL REDUCES_RELATIONS PER'],
  },
  {
    pattern: 'a negated light verb gives no positive edge',
    text: "Kenya did not order the arrest of Uganda's envoy.",
    expected: [],
    forbidden: ['KEN COERCES UGA'],
  },
  {
    pattern: "a verb that only reports the act ('confirmed') is no light verb",
    text: "Hamas confirmed the killing of Peru's consul.",
    expected: [],
    forbidden: ['hamas ASSAULTS PER'],
  },
];

/** Agent compounds (`compound-agents.ts`). */
const COMPOUNDS: RelationCase[] = [
  {
    pattern: "'X-backed Y': X supports the actor the phrase names",
    text: 'Syria-backed Hezbollah fired rockets at Israel.',
    expected: ['SYR SUPPORTS hezbollah'],
  },
  {
    pattern: "'X-mediated talks between Y and Z': X consults each party",
    text: 'Kenya-mediated talks between Sudan and Chad resumed in Nairobi.',
    expected: ['KEN CONSULTS SDN', 'KEN CONSULTS TCD'],
  },
  {
    pattern: "'a X-brokered truce between Y and Z'",
    text: 'A Turkey-brokered truce between Armenia and Azerbaijan held on Sunday.',
    expected: ['TUR CONSULTS ARM', 'TUR CONSULTS AZE'],
  },
  {
    pattern: 'the compound participle is no verb of the clause',
    text: 'Israel fought the Syria-backed militant group Hezbollah for a year.',
    expected: ['SYR SUPPORTS hezbollah'],
    forbidden: ['ISR COOPERATES_DIPLOMATICALLY hezbollah', 'ISR SUPPORTS hezbollah'],
  },
  {
    pattern: 'no edge when the phrase names no actor',
    text: 'Peru-backed proposals on fishing were discussed with Chile.',
    expected: [],
    forbidden: ['PER SUPPORTS CHL', 'PER COOPERATES_DIPLOMATICALLY CHL'],
  },
  {
    pattern: 'no edge to a place the compound describes',
    text: 'Protesters marched in Armenian-held Stepanakert while Azerbaijan watched.',
    expected: [],
    forbidden: ['ARM ATTACKS stepanakert', 'ARM COERCES stepanakert'],
  },
];

describe('nominalised triggers and agent compounds', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each([...NOMINAL, ...COMPOUNDS])('should handle: $pattern', (c) =>
    expectRelationCase(extractor, c),
  );
});
