import { describe, expect, it } from 'vitest';
import { compareValues, queryTable, type Column, type TableQuery } from './table-model';

interface Row {
  name: string;
  type: string;
  n: number;
  date?: string;
}
const ROWS: Row[] = [
  { name: 'Kyiv', type: 'City', n: 3, date: '2022-03-01' },
  { name: 'Ukraine', type: 'Country', n: 10, date: '2022-02-24' },
  { name: 'Russia', type: 'Country', n: 10 },
  { name: 'United Nations', type: 'Organization', n: 1, date: '2021-12-31' },
];
const COLUMNS: Column<Row>[] = [
  { key: 'name', label: 'Name', value: (r) => r.name },
  { key: 'type', label: 'Type', value: (r) => r.type },
  { key: 'n', label: 'N', value: (r) => r.n, numeric: true },
  { key: 'date', label: 'Date', value: (r) => r.date },
];
const q = (over: Partial<TableQuery>): TableQuery => ({
  text: '',
  type: '',
  sort: 'name',
  descending: false,
  page: 0,
  pageSize: 10,
  ...over,
});
const names = (over: Partial<TableQuery>) =>
  queryTable(ROWS, COLUMNS, q(over), (r) => r.type).rows.map((r) => r.name);

describe('queryTable', () => {
  it.each([
    ['sorts by name', {}, ['Kyiv', 'Russia', 'Ukraine', 'United Nations']],
    ['sorts descending', { descending: true }, ['United Nations', 'Ukraine', 'Russia', 'Kyiv']],
    [
      'numbers: ties keep input order',
      { sort: 'n', descending: true },
      ['Ukraine', 'Russia', 'Kyiv', 'United Nations'],
    ],
    [
      'missing dates last, ascending',
      { sort: 'date' },
      ['United Nations', 'Ukraine', 'Kyiv', 'Russia'],
    ],
    [
      'missing dates last, descending',
      { sort: 'date', descending: true },
      ['Kyiv', 'Ukraine', 'United Nations', 'Russia'],
    ],
    ['type filter', { type: 'Country' }, ['Russia', 'Ukraine']],
    ['text: every word, any column, any case', { text: 'KRA country' }, ['Ukraine']],
    ['text matches a type', { text: 'organ' }, ['United Nations']],
    ['nothing matches', { text: 'zzz' }, []],
  ])('%s', (_name, over, expected) => {
    expect(names(over)).toEqual(expected);
  });

  it('cuts pages and clamps a page past the end', () => {
    const page = queryTable(ROWS, COLUMNS, q({ pageSize: 3, page: 7 }), (r) => r.type);
    expect(page).toMatchObject({ matched: 4, page: 1, pages: 2 });
    expect(page.rows.map((r) => r.name)).toEqual(['United Nations']);
  });

  it('filters and sorts 10k rows', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Actor ${i}`,
      type: i % 2 ? 'A' : 'B',
      n: i % 97,
    }));
    const page = queryTable(
      many,
      COLUMNS,
      q({ sort: 'n', descending: true, text: 'actor 99' }),
      (r) => r.type,
    );
    expect(page.matched).toBe(280); // the numbers below 10k that contain "99"
    expect(page.rows[0].n).toBe(96);
  });
});

describe('compareValues', () => {
  it.each([
    [1, 2, -1],
    ['a10', 'a9', 1],
    ['Éire', 'eire', 0],
    [undefined, 'a', 1],
    ['a', undefined, -1],
  ] as const)('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareValues(a, b))).toBe(sign);
  });
});
