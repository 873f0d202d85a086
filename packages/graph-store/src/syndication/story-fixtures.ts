/**
 * A wire story written for the tests, with the variants outlets make of it (a different
 * headline, dateline, boilerplate, a trimmed paragraph) and a different story on the same topic.
 */

export const WIRE_PARAGRAPHS = [
  'Finland and Estonia agreed on Tuesday to build a second undersea power cable across the Gulf of Finland, ' +
    'replacing the link that was damaged last winter and doubling the capacity between the two grids.',
  'The energy ministers of both countries signed the agreement in Helsinki after talks that lasted most of the night, ' +
    'according to officials who were present and asked not to be named because the details were still being settled.',
  'The new cable will be laid by a consortium of Nordic engineering firms and is expected to enter service within four years, ' +
    'at a cost that the ministers put at roughly nine hundred million euros shared equally between the two governments.',
  'Grid operators in the region have warned for months that the single remaining connection leaves the Baltic states exposed ' +
    'to sudden outages, especially during cold spells when demand for heating rises sharply across the whole region.',
  'The European Commission said it welcomed the decision and would consider a request for funding from its infrastructure programme, ' +
    'which has already paid for several other interconnectors around the Baltic Sea in recent years.',
];

const body = (paragraphs: string[]): string => paragraphs.join('\n\n');

export const WIRE_STORY = {
  title: 'Finland, Estonia agree on second undersea power cable',
  text: `Finland, Estonia agree on second undersea power cable\n\nHELSINKI (Reuters) - ${body(WIRE_PARAGRAPHS)}`,
};

/** Outlet variants of WIRE_STORY: each must be recognised as a copy. */
export const WIRE_COPIES: Array<{ name: string; title: string; text: string }> = [
  {
    name: 'different headline',
    title: 'Helsinki and Tallinn to double Baltic power link',
    text: `Helsinki and Tallinn to double Baltic power link\n\n${body(WIRE_PARAGRAPHS)}`,
  },
  {
    name: 'different dateline',
    title: WIRE_STORY.title,
    text: `${WIRE_STORY.title}\n\nTALLINN, Dec 7 (AP) \u2014 ${body(WIRE_PARAGRAPHS)}`,
  },
  {
    name: 'appended boilerplate',
    title: WIRE_STORY.title,
    text:
      `${WIRE_STORY.text}\n\n(Reporting by a staff correspondent; Editing by the news desk)\n\n` +
      '\u00a9 2026 Example News. All rights reserved.\nSubscribe to our newsletter for daily updates.',
  },
  {
    name: 'one trimmed paragraph',
    title: 'Baltic neighbours sign cable deal',
    text: `Baltic neighbours sign cable deal\n\n${body(WIRE_PARAGRAPHS.slice(0, 4))}`,
  },
];

/** Same topic, different story: must NOT match WIRE_STORY. */
export const SAME_TOPIC_STORY = {
  title: 'Estonia opens tender for offshore wind farm',
  text:
    'Estonia opens tender for offshore wind farm\n\nTALLINN (Reuters) - Estonia opened a tender on Tuesday for ' +
    'an offshore wind farm in the Gulf of Riga, the economy ministry said, as the country tries to cut its reliance ' +
    'on oil shale for electricity. Bidders have until the spring to submit offers, and the winner will receive ' +
    'a guaranteed price for power for twenty years. The ministry said the project could cover a third of national ' +
    'demand once it is finished, and that a second tender in the north of the country would follow next year. ' +
    'Finland has run similar auctions, and grid operators in the region said new cables to Finland would be needed.',
};
