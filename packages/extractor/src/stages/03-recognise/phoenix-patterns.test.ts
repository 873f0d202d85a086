import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../create-extractor';
import type { Extractor } from '../../public-types';

/**
 * Actors and agent nouns that only the derived Phoenix files know (data/gazetteer/phoenix-*.json,
 * data/lexicons/phoenix-agents.json), on sentences written for this test.
 */
const CASES: {
  pattern: string;
  text: string;
  date: string;
  /** `id:Type` of entities. */
  expected: string[];
  forbidden?: string[];
  /** `source-TYPE->target` ids. */
  relations?: string[];
  forbiddenRelations?: string[];
}[] = [
  {
    pattern: 'a Phoenix office holder holds a role on a date inside it',
    text: 'Faustin Boukoubi flew back to Gabon after the talks.',
    date: '2005-06-01',
    expected: ['phx-faustin-boukoubi:Person', 'GAB:Country'],
    relations: ['phx-faustin-boukoubi-HOLDS_ROLE->GAB'],
  },
  {
    pattern: 'and no role on a date outside it',
    text: 'Faustin Boukoubi flew back to Gabon after the talks.',
    date: '2012-06-01',
    expected: ['phx-faustin-boukoubi:Person'],
    forbiddenRelations: ['phx-faustin-boukoubi-HOLDS_ROLE->GAB'],
  },
  {
    pattern: "a bare title of a listed person whose roles have ended: not the main country's",
    text: 'China rejected the proposal on Monday. Finance Minister Luc Frieden said talks would go on.',
    date: '2020-03-02',
    expected: ['phx-luc-frieden:Person', 'CHN:Country'],
    forbiddenRelations: ['phx-luc-frieden-HOLDS_ROLE->CHN'],
  },
  {
    pattern: 'an agent noun after a demonym is a group of that country',
    text: 'Kenyan journalists accused the police of harassment.',
    date: '2010-01-01',
    expected: ['ken-journalists:Group'],
    relations: ['ken-journalists-AFFILIATED_WITH->KEN'],
  },
  {
    pattern: "'in X' and 'from X' after agent nouns",
    text: 'Farmers from Ghana and students in Kenya rallied outside the embassy.',
    date: '2010-01-01',
    expected: ['gha-farmers:Group', 'ken-students:Group'],
    relations: ['gha-farmers-AFFILIATED_WITH->GHA', 'ken-students-AFFILIATED_WITH->KEN'],
  },
  {
    pattern: "'from' an organisation; a lexicon group head with 'groups' and 'in X'",
    text: 'Activists from Fatah met opposition groups in Zimbabwe last week.',
    date: '2010-01-01',
    expected: ['fatah-activists:Group', 'zwe-opposition:Group'],
    relations: ['fatah-activists-AFFILIATED_WITH->fatah', 'zwe-opposition-AFFILIATED_WITH->ZWE'],
  },
  {
    pattern: "a people of the gazetteer after a demonym is that country's part of it",
    text: 'Syrian Kurds and Lebanese Druze sent delegates to the conference.',
    date: '2010-01-01',
    expected: ['syr-kurds:Group', 'lbn-druze:Group'],
    relations: ['syr-kurds-AFFILIATED_WITH->SYR', 'lbn-druze-AFFILIATED_WITH->LBN'],
  },
  {
    pattern: 'an agent noun without a country or organisation is no actor',
    text: 'Journalists and farmers demanded answers from the mayor.',
    date: '2010-01-01',
    expected: [],
    forbidden: ['a-journalists:Group', 'a-farmers:Group'],
  },
];

describe('phoenix patterns', () => {
  let extractor: Extractor;
  beforeAll(() => {
    extractor = createExtractor();
  });

  it.each(CASES)('$pattern', (c) => {
    const { result } = extractor.extract([{ id: 'a', text: c.text, date: c.date }]);
    const entities = result.entities.map((e) => `${e.id}:${e.type}`);
    const relations = result.relations.map((r) => `${r.source}-${r.type}->${r.target}`);
    for (const e of c.expected) expect(entities).toContain(e);
    for (const e of c.forbidden ?? []) expect(entities).not.toContain(e);
    for (const r of c.relations ?? []) expect(relations).toContain(r);
    for (const r of c.forbiddenRelations ?? []) expect(relations).not.toContain(r);
  });

  it("should know no Phoenix actor with 'phoenix: false'", () => {
    const plain = createExtractor({ phoenix: false, nameTaggerModel: false });
    const { result } = plain.extract([
      { id: 'a', text: 'Faustin Boukoubi flew back to Gabon after the talks.', date: '2005-06-01' },
    ]);
    expect(result.entities.map((e) => e.id)).not.toContain('phx-faustin-boukoubi');
  });
});
