import { describe, expect, it } from 'vitest';
import { GoldSchema } from './gold-schema';

const base = {
  doc: 'a.txt',
  date: '2022-01-01',
  entities: [
    { id: 'a', type: 'Country', names: ['Aland'], required: true },
    { id: 'b', type: 'Person', names: ['Bo Berg', 'Berg'], required: false },
  ],
  equivalent: {},
  relations: [
    { id: 'R1', source: ['b'], target: ['a'], types: ['HOLDS_ROLE'], required: true, note: 'x' },
  ],
};

describe('gold-schema', () => {
  describe('#GoldSchema', () => {
    it('should accept a consistent annotation and default equivalent to {}', () => {
      const { equivalent: _e, ...noEquivalent } = base;
      expect(GoldSchema.parse(base).entities).toHaveLength(2);
      expect(GoldSchema.parse(noEquivalent).equivalent).toEqual({});
    });

    it.each([
      [
        'an unknown relation endpoint',
        { relations: [{ ...base.relations[0], target: ['zz'] }] },
        "unknown entity 'zz'",
      ],
      ['an unknown equivalent id', { equivalent: { a: 'zz' } }, "unknown entity 'zz'"],
      [
        'a duplicate entity id',
        { entities: [...base.entities, { ...base.entities[0], names: ['X'] }] },
        'used twice',
      ],
      [
        'a name shared by two entities',
        {
          entities: [
            ...base.entities,
            { id: 'c', type: 'Group', names: ['the Aland'], required: false },
          ],
        },
        'belongs to both',
      ],
      [
        'a duplicate relation id',
        { relations: [base.relations[0], base.relations[0]] },
        'used twice',
      ],
      ['an unknown key', { extra: 1 }, 'extra'],
      ['an entity without names', { entities: [{ ...base.entities[0], names: [] }] }, 'names'],
      ['an unknown entity type', { entities: [{ ...base.entities[0], type: 'Planet' }] }, 'type'],
      ['a relation without types', { relations: [{ ...base.relations[0], types: [] }] }, 'types'],
      ['a bad date', { date: '7 April 2022' }, 'date'],
      [
        'a name of punctuation only',
        { entities: [{ ...base.entities[0], names: ['...'] }] },
        'normalises to nothing',
      ],
    ])('should reject %s', (_name, change, message) => {
      const parsed = GoldSchema.safeParse({ ...base, ...change });
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toContain(message);
    });
  });
});
