import { describe, expect, it } from 'vitest';
import type { VerbTrigger } from './data-schemas';
import { mergeTriggers } from './merge-triggers';

const hand: VerbTrigger[] = [
  { lemma: 'expel', type: 'REDUCES_RELATIONS' },
  { lemma: 'send', type: 'SUPPORTS', requires: ['aid', 'weapon'], targetPreps: ['to'] },
  { phrase: 'call on', type: 'APPEALS_TO' },
];

describe('mergeTriggers: hand-written entries win for the same lemma/phrase', () => {
  it.each<[string, VerbTrigger, VerbTrigger | undefined]>([
    ['plain lemma in both', { lemma: 'expel', type: 'COERCES' }, undefined],
    [
      'derived pattern on a hand-written plain lemma',
      { lemma: 'expel', type: 'COERCES', requires: ['protester'] },
      undefined,
    ],
    [
      'plain derived lemma next to hand-written patterns',
      { lemma: 'send', type: 'CONSULTS' },
      undefined,
    ],
    [
      'same required word',
      { lemma: 'send', type: 'COOPERATES_MATERIALLY', requires: ['aid'] },
      undefined,
    ],
    [
      'only the new required words are kept',
      { lemma: 'send', type: 'INVESTIGATES', requires: ['investigator', 'weapon'] },
      { lemma: 'send', type: 'INVESTIGATES', requires: ['investigator'] },
    ],
    ['hand-written phrase', { phrase: 'call on', type: 'DEMANDS' }, undefined],
    [
      'a phrase of a lemma with patterns only',
      { phrase: 'send off', type: 'REDUCES_RELATIONS' },
      { phrase: 'send off', type: 'REDUCES_RELATIONS' },
    ],
    [
      'a phrase of a hand-written plain lemma',
      { phrase: 'expel from', type: 'COERCES' },
      undefined,
    ],
    [
      'a new lemma',
      { lemma: 'extradite', type: 'COOPERATES_MATERIALLY' },
      { lemma: 'extradite', type: 'COOPERATES_MATERIALLY' },
    ],
  ])('%s', (_, derived, kept) => {
    const merged = mergeTriggers(hand, [derived]);
    expect(merged.slice(0, hand.length)).toEqual(hand);
    expect(merged.slice(hand.length)).toEqual(kept ? [kept] : []);
  });
});
