import { describe, expect, it } from 'vitest';
import type { Outlet } from '@kg/schema';
import { outletName, outletsNote } from './evidence-outlets';

describe('evidence outlets', () => {
  it.each([
    [{ docId: 'd1', source: 'Reuters' }, 'Reuters'],
    [{ docId: 'd1', source: 'https://www.bbc.co.uk/news/1' }, 'bbc.co.uk'],
    [{ docId: 'd1', source: 'javascript:alert(1)' }, 'javascript:alert(1)'],
    [{ docId: 'd1', title: 'A headline' }, 'A headline'],
    [{ docId: 'd1' }, 'd1'],
  ] as Array<[Outlet, string]>)('should name %j as %s', (outlet, name) => {
    expect(outletName(outlet)).toBe(name);
  });

  it.each([
    [undefined, undefined],
    [[{ docId: 'a', source: 'Reuters' }], undefined],
    [
      [
        { docId: 'a', source: 'Reuters' },
        { docId: 'b', source: 'AP' },
        { docId: 'c', source: 'https://bbc.example/x' },
      ],
      'reported by 3 outlets: Reuters, AP, bbc.example',
    ],
    [
      [
        { docId: 'a', source: 'Reuters' },
        { docId: 'b', source: 'Reuters' },
      ],
      undefined,
    ],
  ] as Array<[Outlet[] | undefined, string | undefined]>)(
    'should describe %j as %s',
    (outlets, note) => {
      expect(outletsNote({ outlets })).toBe(note);
    },
  );
});
