import { describe, expect, it } from 'vitest';
import { boundedLevenshtein, normalizeName, SearchIndex } from './search-index';

const index = new SearchIndex();
index.upsert({
  id: 'a',
  name: 'Alexander Lukashenko',
  type: 'Person',
  aliases: ['Lukashenko'],
  degree: 50,
});
index.upsert({ id: 'b', name: 'Łukasz Nowak', type: 'Person', aliases: [], degree: 3 });
index.upsert({ id: 'c', name: 'Luxembourg', type: 'Country', aliases: [], degree: 9 });
index.upsert({ id: 'd', name: 'Lukoil', type: 'Organization', aliases: [], degree: 20 });

describe('search-index', () => {
  describe('#normalizeName', () => {
    it.each([
      ['Łukašėnka', 'lukasenka'],
      ['  São  Tomé ', 'sao tome'],
      ['ÆSIR-Øst', 'aesir ost'],
    ])('should fold %s to %s', (input, out) => {
      expect(normalizeName(input)).toBe(out);
    });
  });

  describe('#boundedLevenshtein', () => {
    it.each([
      ['lukashenka', 'lukashenko', 1],
      ['kitten', 'sitting', 3],
      ['abc', 'abc', 0],
    ])('should measure %s vs %s', (a, b, d) => {
      expect(boundedLevenshtein(a, b, 3)).toBe(d);
    });
  });

  describe('#search', () => {
    it.each([
      ['luk', ['a', 'd', 'b']],
      ['alex', ['a']],
      ['lukashenka', ['a']],
      ['LUKASZ', ['b']],
      ['nowak', ['b']],
      ['embou', ['c']],
    ])('should rank results for %s', (q, ids) => {
      expect(index.search(q, 10).map((r) => r.id)).toEqual(ids);
    });

    it('should filter by type and forget removed entities', () => {
      expect(index.search('lu', 10, ['Country']).map((r) => r.id)).toEqual(['c']);
      const copy = new SearchIndex();
      copy.upsert({ id: 'x', name: 'Xenia', type: 'Person', aliases: [], degree: 0 });
      copy.remove('x');
      expect(copy.search('xen', 5)).toEqual([]);
    });
    it('should rank a wide prefix (hundreds of matches) like a full ranking', () => {
      const wide = new SearchIndex();
      for (let i = 0; i < 400; i++) {
        const name = `Kal${String.fromCharCode(97 + (i % 26))}${i} Vo`;
        wide.upsert({
          id: `k${i}`,
          name,
          type: i % 3 ? 'Person' : 'Country',
          aliases: [],
          degree: (i * 37) % 101,
        });
      }
      wide.upsert({ id: 'exact', name: 'Kal', type: 'Person', aliases: [], degree: 0 });
      const expected = (q: string, type?: string): string[] =>
        [...wide.all()]
          .filter((e) => normalizeName(e.name).startsWith(q) && (!type || e.type === type))
          .sort(
            (a, b) =>
              Number(b.id === q) - Number(a.id === q) ||
              b.degree - a.degree ||
              a.name.localeCompare(b.name),
          )
          .slice(0, 10)
          .map((e) => e.id);
      expect(wide.search('kal', 10).map((r) => r.id)).toEqual(
        ['exact', ...expected('kal').filter((id) => id !== 'exact')].slice(0, 10),
      );
      expect(wide.search('kal', 10, ['Country']).map((r) => r.id)).toEqual(
        expected('kal', 'Country'),
      );
      expect(wide.search('kala', 5).map((r) => r.id)).toEqual(expected('kala').slice(0, 5));
    });
  });
});
