import { describe, expect, it } from 'vitest';
import { MAX_VIEW_EXPANDED, ViewStateSchema } from '@kg/schema';
import { collectPositions, mergeSavedState, toSavedState } from './saved-view';
import { parseViewState } from './url-state';

describe('saved-view', () => {
  describe('#toSavedState', () => {
    it('should keep only what differs from the defaults, without the view id', () => {
      const view = parseViewState(
        'view=abcdefgh&focus=BLR&rels=SANCTIONS&cam=1,2,0.5&title=T&expand=UKR',
      );
      expect(toSavedState(view)).toEqual({
        focus: 'BLR',
        relationTypes: ['SANCTIONS'],
        camera: { x: 1, y: 2, ratio: 0.5 },
        title: 'T',
        expanded: ['UKR'],
      });
      expect(toSavedState(parseViewState('focus=BLR'))).toEqual({ focus: 'BLR' });
    });

    it('should keep the first expanded actors up to the schema cap', () => {
      const ids = Array.from({ length: MAX_VIEW_EXPANDED + 5 }, (_, i) => `a${i}`);
      const saved = toSavedState({ ...parseViewState(''), expanded: ids });
      expect(saved.expanded).toEqual(ids.slice(0, MAX_VIEW_EXPANDED));
      expect(ViewStateSchema.safeParse(saved).success).toBe(true);
    });
  });

  describe('#mergeSavedState', () => {
    it('should start from the saved state and let URL parameters override it', () => {
      const merged = mergeSavedState(
        { focus: 'BLR', depth: 2, relationTypes: ['SANCTIONS'], camera: { x: 0, y: 0, ratio: 1 } },
        '?view=abcdefgh&cam=0.5,0.5,2&types=Person&expand=UKR',
        { title: 'Saved title' },
      );
      expect(merged).toMatchObject({
        viewId: 'abcdefgh',
        focus: 'BLR',
        depth: 2,
        relationTypes: ['SANCTIONS'],
        types: ['Person'],
        camera: { x: 0.5, y: 0.5, ratio: 2 },
        title: 'Saved title',
        sizeMode: 'degree',
        expanded: ['UKR'],
      });
      expect(mergeSavedState({}, '?view=abcdefgh').expanded).toEqual([]);
      expect(mergeSavedState({ expanded: ['BLR', 'UKR'] }, '?view=abcdefgh').expanded).toEqual([
        'BLR',
        'UKR',
      ]);
      expect(mergeSavedState({ expanded: ['BLR'] }, '?view=abcdefgh&expand=POL').expanded).toEqual([
        'POL',
      ]);
    });
  });

  describe('#collectPositions', () => {
    it('should round positions and stop at the cap', () => {
      const nodes: Array<[string, { x: number; y: number }]> = [
        ['a', { x: 1.23456, y: -2 }],
        ['b', { x: 3, y: 4 }],
      ];
      const each = (fn: (id: string, a: { x: number; y: number }) => void) =>
        nodes.forEach(([id, a]) => fn(id, a));
      expect(collectPositions(each)).toEqual({ a: [1.23, -2], b: [3, 4] });
      expect(Object.keys(collectPositions(each, 1))).toEqual(['a']);
    });
  });
});
