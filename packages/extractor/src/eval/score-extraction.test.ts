import type { Entity, Relation } from '@kg/schema';
import { describe, expect, it } from 'vitest';
import { scoreExtraction } from './score-extraction';
import { ALL_ENTITIES, FIXTURE_GOLD, entity, relation, result } from './test-fixtures';

interface EntityCase {
  name: string;
  entities: Entity[];
  right: number;
  wrong: number;
  ignored: number;
  missed: string[];
  wrongNames?: string[];
}

const ENTITY_CASES: EntityCase[] = [
  {
    name: 'all actors under their names',
    entities: ALL_ENTITIES,
    right: 4,
    wrong: 0,
    ignored: 0,
    missed: [],
  },
  {
    name: 'names that only match after normalisation',
    entities: [entity('l', 'LUKASHÉNKO'), entity('b', "Belarus's"), entity('u', 'U.S')],
    right: 3,
    wrong: 0,
    ignored: 0,
    missed: ['russia'],
  },
  {
    name: 'a match through an alias',
    entities: [entity('r', 'Rossiya', ['Russian Federation'])],
    right: 1,
    wrong: 0,
    ignored: 0,
    missed: ['lukashenko', 'belarus', 'us'],
  },
  {
    name: 'a duplicate of an already matched gold entity',
    entities: [...ALL_ENTITIES, entity('l2', 'Lukashenko', [], 'Person')],
    right: 4,
    wrong: 1,
    ignored: 0,
    missed: [],
    wrongNames: ['Lukashenko'],
  },
  {
    name: 'an entity matching no gold entity',
    entities: [...ALL_ENTITIES, entity('POL', 'Poland')],
    right: 4,
    wrong: 1,
    ignored: 0,
    missed: [],
    wrongNames: ['Poland'],
  },
  {
    name: 'an optional gold entity extracted',
    entities: [...ALL_ENTITIES, entity('west', 'Western governments', [], 'Group')],
    right: 4,
    wrong: 0,
    ignored: 1,
    missed: [],
  },
  {
    name: 'an equivalent standing in for its actor',
    entities: [
      ALL_ENTITIES[0],
      ALL_ENTITIES[1],
      ALL_ENTITIES[3],
      entity('k', 'Kremlin', [], 'Organization'),
    ],
    right: 4,
    wrong: 0,
    ignored: 0,
    missed: [],
  },
  {
    name: 'an equivalent next to its actor',
    entities: [...ALL_ENTITIES, entity('k', 'Kremlin', [], 'Organization')],
    right: 4,
    wrong: 1,
    ignored: 0,
    missed: [],
    wrongNames: ['Kremlin'],
  },
  {
    name: 'an actor whose aliases include its equivalent',
    entities: [ALL_ENTITIES[0], entity('RUS', 'Russia', ['the Kremlin'])],
    right: 2,
    wrong: 0,
    ignored: 0,
    missed: ['belarus', 'us'],
  },
  {
    name: 'nothing extracted',
    entities: [],
    right: 0,
    wrong: 0,
    ignored: 0,
    missed: ['lukashenko', 'belarus', 'russia', 'us'],
  },
];

interface RelationCase {
  name: string;
  entities?: Entity[];
  relations: Relation[];
  right: number;
  wrong: number;
  ignored: number;
  found: string[];
  unscored?: number;
  reasons?: string[];
}

const L = 'lukashenko';
const RELATION_CASES: RelationCase[] = [
  {
    name: 'a required triple',
    relations: [relation(L, 'HOLDS_ROLE', 'BLR')],
    right: 1,
    wrong: 0,
    ignored: 0,
    found: ['R1'],
  },
  {
    name: 'a symmetric relation in reverse',
    relations: [relation('RUS', 'CONSULTS', 'BLR')],
    right: 1,
    wrong: 0,
    ignored: 0,
    found: ['R2'],
  },
  {
    name: 'a non-symmetric relation in reverse',
    relations: [relation('BLR', 'HOLDS_ROLE', L)],
    right: 0,
    wrong: 1,
    ignored: 0,
    found: [],
    reasons: ['no-gold-relation'],
  },
  {
    name: 'a type not among the gold types',
    relations: [relation(L, 'ATTACKS', 'BLR')],
    right: 0,
    wrong: 1,
    ignored: 0,
    found: [],
    reasons: ['no-gold-relation'],
  },
  {
    name: 'the same triple twice through duplicate entities',
    entities: [...ALL_ENTITIES, entity('l2', 'Lukashenko', [], 'Person')],
    relations: [relation(L, 'HOLDS_ROLE', 'BLR'), relation('l2', 'HOLDS_ROLE', 'BLR')],
    right: 1,
    wrong: 0,
    ignored: 0,
    found: ['R1'],
  },
  {
    name: 'an endpoint mapped through an equivalent',
    entities: [...ALL_ENTITIES, entity('k', 'Kremlin', [], 'Organization')],
    relations: [relation('k', 'SUPPORTS', L)],
    right: 1,
    wrong: 0,
    ignored: 0,
    found: ['R4'],
  },
  {
    name: 'a triple matching only an optional relation',
    entities: [...ALL_ENTITIES, entity('west', 'the West', [], 'Group')],
    relations: [relation('west', 'CRITICIZES', 'RUS')],
    right: 0,
    wrong: 0,
    ignored: 1,
    found: [],
  },
  {
    name: 'a negated relation and a co-mention',
    relations: [
      relation('USA', 'SANCTIONS', 'RUS', { negated: true }),
      relation('USA', 'CO_MENTIONED', 'RUS'),
    ],
    right: 0,
    wrong: 0,
    ignored: 0,
    found: [],
    unscored: 2,
  },
  {
    name: 'an endpoint matching no gold entity',
    entities: [...ALL_ENTITIES, entity('POL', 'Poland')],
    relations: [relation('POL', 'SANCTIONS', 'BLR'), relation('USA', 'SANCTIONS', 'nobody')],
    right: 0,
    wrong: 2,
    ignored: 0,
    found: [],
    reasons: ['unmatched-endpoint', 'unmatched-endpoint'],
  },
  {
    name: 'two triples within one gold relation',
    relations: [relation('USA', 'SANCTIONS', 'BLR'), relation('USA', 'SANCTIONS', 'RUS')],
    right: 2,
    wrong: 0,
    ignored: 0,
    found: ['R3'],
  },
];

describe('score-extraction', () => {
  describe('#scoreExtraction', () => {
    it.each(ENTITY_CASES)('should score entities: $name', (c) => {
      const { entities } = scoreExtraction(FIXTURE_GOLD, result(c.entities));
      expect(entities.scores).toMatchObject({
        right: c.right,
        wrong: c.wrong,
        ignored: c.ignored,
        required: 4,
      });
      expect(entities.falseNegatives.map((m) => m.goldId)).toEqual(c.missed);
      expect(entities.falsePositives.map((f) => f.name)).toEqual(c.wrongNames ?? []);
      expect(entities.scores.precision).toBeCloseTo(
        c.right + c.wrong === 0 ? 1 : c.right / (c.right + c.wrong),
      );
      expect(entities.scores.recall).toBeCloseTo(c.right / 4);
    });

    it.each(RELATION_CASES)('should score relations: $name', (c) => {
      const { relations } = scoreExtraction(
        FIXTURE_GOLD,
        result(c.entities ?? ALL_ENTITIES, c.relations),
      );
      expect(relations.scores).toMatchObject({
        right: c.right,
        wrong: c.wrong,
        ignored: c.ignored,
        required: 4,
      });
      expect(relations.truePositives.flatMap((h) => h.goldIds).sort()).toEqual(
        c.right === 0 ? [] : expect.arrayContaining(c.found),
      );
      expect(relations.scores.found).toBe(c.found.length);
      expect(relations.falseNegatives).toHaveLength(4 - c.found.length);
      expect(relations.falsePositives.map((f) => f.reason)).toEqual(c.reasons ?? []);
      expect(relations.unscored).toBe(c.unscored ?? 0);
    });

    it('should name the endpoints of wrong triples and keep their evidence', () => {
      const entities = [...ALL_ENTITIES, entity('POL', 'Poland')];
      const { relations } = scoreExtraction(
        FIXTURE_GOLD,
        result(entities, [relation('POL', 'ATTACKS', 'BLR')]),
      );
      expect(relations.falsePositives[0]).toMatchObject({
        triple: { source: '?Poland', type: 'ATTACKS', target: 'belarus' },
        evidence: 'POL ATTACKS BLR',
      });
    });

    it('should compute F1 from precision and recall', () => {
      const rels = [relation(L, 'HOLDS_ROLE', 'BLR'), relation(L, 'ATTACKS', 'BLR')];
      const { relations } = scoreExtraction(FIXTURE_GOLD, result(ALL_ENTITIES, rels));
      expect(relations.scores.precision).toBeCloseTo(0.5);
      expect(relations.scores.recall).toBeCloseTo(0.25);
      expect(relations.scores.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
    });

    it('should keep only the given document when docId is set', () => {
      const other = {
        ...entity('POL', 'Poland'),
        mentions: [{ docId: 'd2', start: 0, end: 6, text: 'Poland', kind: 'name' as const }],
      };
      const elsewhere = relation('USA', 'ATTACKS', 'BLR', {
        evidence: [{ docId: 'd2', sentence: 0, start: 0, end: 5, text: 'x' }],
      });
      const report = scoreExtraction(FIXTURE_GOLD, result([...ALL_ENTITIES, other], [elsewhere]), {
        docId: 'd1',
      });
      expect(report.entities.scores.wrong).toBe(0);
      expect(report.relations.scores.extracted).toBe(0);
    });

    it('should keep an entity without mentions that a relation of the document links', () => {
      const unmentioned = { ...entity('USA', 'United States'), mentions: [] };
      const rel = relation('USA', 'SANCTIONS', 'RUS');
      const report = scoreExtraction(
        FIXTURE_GOLD,
        result([...ALL_ENTITIES.slice(0, 3), unmentioned], [rel]),
        {
          docId: 'd1',
        },
      );
      expect(report.entities.falseNegatives).toEqual([]);
      expect(report.relations.truePositives.map((h) => h.goldIds)).toEqual([['R3']]);
    });
  });
});
