import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  MAX_EXPANDED,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './url-state';

describe('url-state', () => {
  describe('#serializeViewState', () => {
    it('should omit defaults', () => {
      expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    });
  });

  describe('#parseViewState', () => {
    it('should round-trip a full state', () => {
      const state: ViewState = {
        focus: 'BLR',
        depth: 2,
        types: ['Person', 'Country'],
        relationTypes: ['SANCTIONS', 'HOLDS_ROLE'],
        from: '2022-01-01',
        to: '2022-06-30',
        minConfidence: 0.5,
        hideIsolated: true,
        query: 'MATCH (n) RETURN n LIMIT 5',
        camera: { x: 0.5, y: 0.25, ratio: 0.75 },
        sizeMode: 'pagerank',
        colorMode: 'community',
        labelDensity: 2,
        title: 'Sanctions & support',
        caption: 'Source: sample corpus',
        expanded: ['BLR', 'european-union'],
        selected: 'RUS',
        panels: ['paths', 'cypher'],
      };
      expect(parseViewState(`?${serializeViewState(state)}`)).toEqual(state);
    });

    it.each([
      ['the focus selected', { focus: 'BLR', selected: 'BLR' }, 'focus=BLR'],
      ['another actor selected', { focus: 'BLR', selected: 'RUS' }, 'focus=BLR&sel=RUS'],
      ['nothing selected', { focus: 'BLR', selected: undefined }, 'focus=BLR&sel='],
      ['a selection without focus', { selected: 'RUS' }, 'sel=RUS'],
      ['all panels closed', { panels: [] }, 'panels='],
    ] as const)('should round-trip %s', (_name, part, query) => {
      const state: ViewState = {
        ...DEFAULT_VIEW_STATE,
        ...part,
        panels: [...((part as { panels?: [] }).panels ?? DEFAULT_VIEW_STATE.panels)],
      };
      expect(serializeViewState(state)).toBe(query);
      expect(parseViewState(query)).toMatchObject(part);
    });

    it('should fall back to defaults on invalid values', () => {
      const s = parseViewState(
        'depth=99&types=Person,Bogus&from=yesterday&cam=1,2&size=huge&minConf=-3',
      );
      expect(s.depth).toBe(3);
      expect(s.types).toEqual(['Person']);
      expect(s.from).toBeUndefined();
      expect(s.camera).toBeUndefined();
      expect(s.sizeMode).toBe('degree');
      expect(s.minConfidence).toBe(0);
    });

    it('should keep only valid, distinct entity ids in expand, at most MAX_EXPANDED', () => {
      expect(parseViewState('expand=BLR,,BLR,<img>,a:b.c_d-1').expanded).toEqual([
        'BLR',
        'a:b.c_d-1',
      ]);
      const many = Array.from({ length: MAX_EXPANDED + 5 }, (_, i) => `n${i}`).join(',');
      expect(parseViewState(`expand=${many}`).expanded).toHaveLength(MAX_EXPANDED);
    });

    it('should parse an empty query string to the defaults', () => {
      expect(parseViewState('')).toEqual({
        ...DEFAULT_VIEW_STATE,
        focus: undefined,
        selected: undefined,
        from: undefined,
        to: undefined,
        query: undefined,
        camera: undefined,
        title: undefined,
        caption: undefined,
      });
    });
  });
});
