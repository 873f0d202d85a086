import * as full from '@kg/schema';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { safeParse, type Guard } from './guard';
import * as mini from './responses';

const node = { id: 'BLR', name: 'Belarus', type: 'Country', aliases: ['Byelorussia'], degree: 3 };
const edge = {
  id: 'e1',
  source: 'BLR',
  target: 'EU',
  type: 'SANCTIONS',
  cameo: '163',
  quadClass: 4,
  role: 'x',
  count: 2,
  firstDate: '2022-02-24',
  lastDate: '2022-03-01',
  confidence: 0.8,
  negated: false,
};
const row = {
  relationId: 'e1',
  docId: 'd1',
  docTitle: 'T',
  docDate: '2022-02-24',
  docSource: 'https://x',
  sentence: 0,
  start: 0,
  end: 5,
  text: 'Hello',
  date: '2020-02-29',
  highlights: [{ start: 0, end: 2, role: 'source' }],
};
const state = {
  focus: 'BLR',
  depth: 2,
  types: ['Country'],
  relationTypes: ['SANCTIONS'],
  from: '2022-01-01',
  minConfidence: 0.5,
  hideIsolated: true,
  camera: { x: 0.5, y: 0.5, ratio: 1 },
  sizeMode: 'pagerank',
  labelDensity: 2,
  title: 'T',
  selected: 'RUS',
  panels: ['paths', 'cypher'],
};
const view = { name: ' My view ', state, positions: { BLR: [1, 2] }, caption: 'c' };

/** Full zod schema and the viewer's guard for the same response, with valid samples. */
const CASES: Array<{ name: string; full: z.ZodType; mini: Guard<unknown>; samples: unknown[] }> = [
  {
    name: 'Subgraph',
    full: full.SubgraphSchema,
    mini: mini.SubgraphGuard,
    samples: [
      { nodes: [node], edges: [edge], omittedNodes: 4 },
      { nodes: [], edges: [] },
    ],
  },
  {
    name: 'EvidenceRow',
    full: full.EvidenceRowSchema,
    mini: mini.EvidenceRowGuard,
    samples: [
      row,
      {
        ...row,
        outlets: [
          { docId: 'd1', source: 'Reuters', title: 'T', date: '2022-02-24' },
          { docId: 'd2', source: 'AP' },
        ],
      },
    ],
  },
  {
    name: 'EntityDetail',
    full: full.EntityDetailSchema,
    mini: mini.EntityDetailGuard,
    samples: [
      {
        entity: node,
        roles: [{ role: 'President', of: 'BLR', since: '1994-07-20', until: '2030-01-01' }],
        mentions: [{ docId: 'd1', start: 0, end: 3, text: 'Bel', kind: 'name', sentence: 1 }],
        documents: [{ id: 'd1', title: 'T', date: '2022-01-02', source: 's', sentences: 3 }],
        relations: [edge],
      },
    ],
  },
  {
    name: 'Search',
    full: z.object({ results: z.array(full.SearchResultSchema) }),
    mini: mini.SearchResponseGuard,
    samples: [
      { results: [{ id: 'a', name: 'A', type: 'Person', aliases: [], degree: 1, score: 0.5 }] },
    ],
  },
  {
    name: 'Stats',
    full: full.StatsSchema,
    mini: mini.StatsGuard,
    samples: [
      {
        dialect: 'kuzu',
        documents: 1,
        entities: 2,
        relations: 3,
        evidence: 4,
        entitiesByType: { Person: 2 },
        relationsByType: {},
        dateRange: { min: '2022-01-01', max: '2022-12-31' },
      },
    ],
  },
  {
    name: 'CypherResult',
    full: full.CypherResultSchema,
    mini: mini.CypherResultGuard,
    samples: [
      {
        columns: ['n'],
        rows: [[1, 'x', null]],
        truncated: false,
        dialect: 'kuzu',
        nodes: [node],
        edges: [edge],
        elapsedMs: 2.5,
      },
    ],
  },
  {
    name: 'SavedView',
    full: full.SavedViewSchema,
    mini: mini.SavedViewGuard,
    samples: [view, { name: 'v', state: {} }],
  },
  {
    name: 'SavedViewRecord',
    full: full.SavedViewRecordSchema,
    mini: mini.SavedViewRecordGuard,
    samples: [{ ...view, id: 'abcdef123', createdAt: '2022-01-01T00:00:00Z' }],
  },
  {
    name: 'ViewList',
    full: full.ViewListResponseSchema,
    mini: mini.ViewListGuard,
    samples: [{ views: [{ id: 'abc_def', name: 'v', title: 't', createdAt: 'now' }] }],
  },
];

/** Values every leaf is replaced with: each breaks some constraint somewhere. */
const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  true,
  -1,
  0,
  0.5,
  1,
  1.5,
  3,
  4,
  7,
  1001,
  2 ** 60,
  '',
  ' ',
  'x',
  'Planet',
  'Person',
  'SANCTIONS',
  'source',
  '2022-02-30',
  '2022-13-01',
  '2024-02-29',
  'abc',
  'abcdef',
  'x'.repeat(201),
  [],
  [1],
  [1, 2],
  ['x'],
  {},
  { a: 1 },
];

type Mutation = { at: string; value: unknown };

/** Every leaf replaced by each REPLACEMENT, every object given an extra key. */
function* mutations(
  sample: unknown,
  at = '',
): Generator<{ at: string; apply: (root: unknown) => unknown }> {
  const set =
    (path: string[], value: unknown, extra = false) =>
    (root: unknown) => {
      const copy = structuredClone(root) as Record<string, unknown>;
      let cur: Record<string, unknown> = copy;
      const keys = extra ? path : path.slice(0, -1);
      for (const k of keys) cur = cur[k] as Record<string, unknown>;
      if (extra) cur.extraKey = value;
      else if (value === undefined) delete cur[path[path.length - 1]];
      else cur[path[path.length - 1]] = value;
      return copy;
    };
  const walk = function* (
    v: unknown,
    path: string[],
  ): Generator<{ at: string; apply: (r: unknown) => unknown }> {
    if (path.length)
      for (const value of REPLACEMENTS)
        yield { at: `${path.join('.')}=${JSON.stringify(value)}`, apply: set(path, value) };
    if (v && typeof v === 'object') {
      if (!Array.isArray(v)) yield { at: `${path.join('.')}+extraKey`, apply: set(path, 1, true) };
      for (const k of Object.keys(v)) yield* walk((v as Record<string, unknown>)[k], [...path, k]);
    }
  };
  void at;
  yield* walk(sample, []);
}

describe('responses (viewer guards vs @kg/schema zod schemas)', () => {
  describe.each(CASES)('$name', ({ full: schema, mini: guard, samples }) => {
    it('should accept the valid samples with the same output', () => {
      for (const s of samples) {
        const a = schema.safeParse(s);
        const b = safeParse(guard, s);
        expect(a.success, JSON.stringify(a.error?.issues)).toBe(true);
        expect(b).toEqual({ success: true, data: a.data });
      }
    });

    it('should give the same verdict and output on every mutated sample', () => {
      const disagreements: Mutation[] = [];
      let checked = 0;
      for (const s of samples)
        for (const m of mutations(s)) {
          const input = m.apply(s);
          const a = schema.safeParse(input);
          const b = safeParse(guard, input);
          checked++;
          const same =
            a.success === b.success &&
            (!a.success || JSON.stringify(a.data) === JSON.stringify(b.success && b.data));
          if (!same)
            disagreements.push({ at: m.at, value: a.success ? 'zod accepts' : 'zod rejects' });
        }
      expect(checked).toBeGreaterThan(30);
      expect(disagreements).toEqual([]);
    });
  });

  describe('#isoDate', () => {
    it.each([
      ['2022-02-24', true],
      ['2024-02-29', true],
      ['2022-02-29', false],
      ['2022-2-24', false],
      ['24/02/2022', false],
    ])('should judge %s like IsoDateSchema (%s)', (value, ok) => {
      expect(full.IsoDateSchema.safeParse(value).success).toBe(ok);
      expect(safeParse(mini.isoDate, value).success).toBe(ok);
    });
  });

  describe('#safeParse', () => {
    it('should name the failing path', () => {
      const res = safeParse(mini.SubgraphGuard, {
        nodes: [{ ...node, type: 'Planet' }],
        edges: [],
      });
      expect(res.success).toBe(false);
      expect(!res.success && res.error.path).toBe('nodes.0.type');
    });

    const view = { name: 'v', state: {} };
    it.each([
      ['an unknown key of a strict object', { ...view, state: { zoom: 1 } }, 'state.zoom'],
      ['a pair member', { ...view, positions: { BLR: [1, 'x'] } }, 'positions.BLR.1'],
      ['a list item deep down', { ...view, state: { expanded: ['a', ''] } }, 'state.expanded.1'],
      ['an unknown panel', { ...view, state: { panels: ['paths', 'chat'] } }, 'state.panels.1'],
      ['a bad root', 7, ''],
    ])('should name the path of %s', (_what, value, path) => {
      const res = safeParse(mini.SavedViewGuard, value);
      expect(res.success).toBe(false);
      expect(!res.success && res.error.path).toBe(path);
    });
  });
});
