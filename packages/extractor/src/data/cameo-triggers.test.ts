import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCameoTriggers } from '../../scripts/cameo/build-lexicon';
import { singular, typeOfCode } from '../../scripts/cameo/derive-triggers';
import { parseCameoDictionary } from '../../scripts/cameo/parse-cameo-verbs';

// A small dictionary in the PETRARCH2 format, written for this test.
const SAMPLE = `####### SYNONYM SETS #######
&AIDWORD
+AID
+RELIEF_SUPPLIES

####### VERB PATTERNS #######
---  PUNISH   [170]  ---
PUNISH
CHASTEN {CHASTENS CHASTENED }
OVERTHROW {OVERTHROWS OVERTHREW OVERTHROWN OVERTHROWING}
- * (WITH SANCTIONS)                       [163]    # PUNISH

---  STAGE   [---]  ---
STAGE
+WALK_OUT [140]
- * RALLIES                                [141]    # STAGE
- * RALLY (IN SUPPORT)                     [051]    # STAGE
- * {MOCK ATTACK}                          [150]    # STAGE
- TROOPS * EXERCISE                        [150]    # STAGE
- * &AIDWORD (TO +)                        [073]    # STAGE
- * PUBLICLY                               [140]    # STAGE
- * (BEFORE COURT)                         [:173]   # STAGE
######## TRANSFORMATIONS ##########
`;

describe('convert-cameo-verbs', () => {
  it.each([
    ['163', 'SANCTIONS'],
    ['1631', 'SANCTIONS'],
    ['161', 'REDUCES_RELATIONS'],
    ['0874', 'YIELDS'],
    ['042', 'CONSULTS'],
    ['010', undefined],
  ])('maps CAMEO code %s to %s', (code, type) => expect(typeOfCode(code)).toBe(type));

  it.each([
    ['RALLIES', 'rally'],
    ['TALKS', 'talk'],
    ['MARCHES', 'march'],
    ['NEWS', 'news'],
    ['CRISIS', 'crisis'],
  ])('reads %s as the lemma %s', (word, lemma) => expect(singular(word)).toBe(lemma));

  it('keeps verbs with a code of their own and the patterns the relate stage can read', () => {
    const entries = buildCameoTriggers(parseCameoDictionary(SAMPLE)).map(
      ({ lemma, phrase, type, requires, targetPreps }) => ({
        verb: lemma ?? phrase,
        type,
        requires,
        targetPreps,
      }),
    );
    expect(entries).toEqual([
      // '* (WITH SANCTIONS)': 'punish with' (the owner after 'of') and the verb, object first.
      {
        verb: 'punish with',
        type: 'SANCTIONS',
        requires: ['sanction'],
        targetPreps: ['against', 'direct', 'of', 'on'],
      },
      // 'chasten' inherits the block's code without naming it: not kept alone.
      { verb: 'punish', type: 'COERCES', requires: undefined, targetPreps: undefined },
      {
        verb: 'punish',
        type: 'SANCTIONS',
        requires: ['sanction'],
        targetPreps: ['against', 'direct', 'on'],
      },
      { verb: 'stage', type: 'SUPPORTS', requires: ['aid', 'supply'], targetPreps: ['to'] },
      {
        verb: 'stage',
        type: 'MOBILIZES_AGAINST',
        requires: ['attack'],
        targetPreps: ['against', 'along', 'near', 'on'],
      },
      // 'RALLY (IN SUPPORT)' is longer than 'RALLIES': the shorter pattern decides.
      { verb: 'stage', type: 'PROTESTS_AGAINST', requires: ['rally'], targetPreps: ['against'] },
      { verb: 'walk out', type: 'PROTESTS_AGAINST', requires: undefined, targetPreps: ['against'] },
    ]);
  });

  it('collects irregular past forms', () => {
    const { pastForms } = parseCameoDictionary(SAMPLE);
    expect([...pastForms]).toEqual([
      ['overthrew', 'overthrow'],
      ['overthrown', 'overthrow'],
    ]);
  });

  const source = '../shared/datasets/event-dictionaries/petrarch2/CAMEO.2.0.txt';
  const dictionary = new URL(`../../../../${source}`, import.meta.url);
  it.skipIf(!existsSync(dictionary))('data/lexicons/cameo-triggers.json is up to date', () => {
    const committed = JSON.parse(
      readFileSync(
        new URL('../../../../data/lexicons/cameo-triggers.json', import.meta.url),
        'utf8',
      ),
    ) as { verbs: unknown[] };
    const built = buildCameoTriggers(parseCameoDictionary(readFileSync(dictionary, 'utf8')));
    expect(committed.verbs).toEqual(JSON.parse(JSON.stringify(built)));
  });
});
