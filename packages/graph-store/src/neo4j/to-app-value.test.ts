import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createValueConverter, toGraphEdge, toGraphNode, toNumber } from './to-app-value';

const {
  Node,
  Relationship,
  Path,
  PathSegment,
  Point,
  Date: CDate,
  DateTime,
  LocalDateTime,
  LocalTime,
  Time,
  Duration,
} = neo4j.types;

function entity(identity: number, labels: string[], props: Record<string, unknown>) {
  return new Node(neo4j.int(identity), labels, props, `4:db:${identity}`);
}

const blr = entity(1, ['Entity', 'Country'], {
  id: 'BLR',
  name: 'Belarus',
  aliases: ['Byelorussia'],
  iso3: 'BLR',
});
const rus = entity(2, ['Entity', 'Country'], { id: 'RUS', name: 'Russia', aliases: [] });
const supports = new Relationship(
  neo4j.int(10),
  neo4j.int(1),
  neo4j.int(2),
  'SUPPORTS',
  {
    id: 'BLR__SUPPORTS__RUS',
    source: 'BLR',
    target: 'RUS',
    count: neo4j.int(3),
    confidence: 0.8,
    quadClass: neo4j.int(2),
    cameo: '07',
    firstDate: '2022-02-01',
    lastDate: '2022-03-01',
    negated: false,
  },
  '5:db:10',
  '4:db:1',
  '4:db:2',
);

describe('neo4j/to-app-value', () => {
  describe('#toNumber', () => {
    it.each([
      [neo4j.int(42), 42],
      [neo4j.int(-7), -7],
      [3.5, 3.5],
      [null, undefined],
      ['12', undefined],
    ])('should convert %o to %o', (input, expected) => {
      expect(toNumber(input)).toBe(expected);
    });
  });

  describe('#createValueConverter', () => {
    it('should turn Integers into numbers and unsafe ones into strings', () => {
      const { convert } = createValueConverter();
      expect(convert(neo4j.int(9_007_199_254_740_991))).toBe(9_007_199_254_740_991);
      expect(convert(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
      expect(convert([neo4j.int(1), { n: neo4j.int(2) }])).toEqual([1, { n: 2 }]);
    });

    it('should turn an entity Node into the app node with its app id', () => {
      const c = createValueConverter();
      expect(c.convert(blr)).toEqual({
        id: 'BLR',
        name: 'Belarus',
        type: 'Country',
        aliases: ['Byelorussia'],
        iso3: 'BLR',
      });
      expect(c.nodes().map((n) => n.id)).toEqual(['BLR']);
    });

    it('should keep a non-entity Node as labels and converted properties', () => {
      const c = createValueConverter();
      const doc = new Node(
        neo4j.int(5),
        ['Document'],
        { id: 'd1', sentences: neo4j.int(4) },
        '4:db:5',
      );
      expect(c.convert(doc)).toEqual({
        labels: ['Document'],
        properties: { id: 'd1', sentences: 4 },
      });
      expect(c.nodes()).toEqual([]);
    });

    it('should turn a Relationship into the app edge with app ids and plain numbers', () => {
      const c = createValueConverter();
      expect(c.convert(supports)).toEqual({
        id: 'BLR__SUPPORTS__RUS',
        source: 'BLR',
        target: 'RUS',
        type: 'SUPPORTS',
        count: 3,
        confidence: 0.8,
        quadClass: 2,
        cameo: '07',
        firstDate: '2022-02-01',
        lastDate: '2022-03-01',
        negated: false,
      });
      expect(c.edges()).toHaveLength(1);
    });

    it('should turn a Path into alternating app nodes and edges', () => {
      const c = createValueConverter();
      const path = new Path(blr, rus, [new PathSegment(blr, supports, rus)]);
      const converted = c.convert(path) as {
        nodes: Array<{ id: string }>;
        edges: Array<{ id: string }>;
      };
      expect(converted.nodes.map((n) => n.id)).toEqual(['BLR', 'RUS']);
      expect(converted.edges.map((e) => e.id)).toEqual(['BLR__SUPPORTS__RUS']);
      expect(
        c
          .nodes()
          .map((n) => n.id)
          .sort(),
      ).toEqual(['BLR', 'RUS']);
    });

    it('should keep a MENTIONS relationship as type and properties', () => {
      const c = createValueConverter();
      const rel = new Relationship(neo4j.int(1), neo4j.int(5), neo4j.int(1), 'MENTIONS', {
        count: neo4j.int(2),
      });
      expect(c.convert(rel)).toEqual({ type: 'MENTIONS', properties: { count: 2 } });
      expect(c.edges()).toEqual([]);
    });

    it.each([
      ['Date', new CDate(2022, 4, 7), '2022-04-07'],
      ['LocalDateTime', new LocalDateTime(2022, 4, 7, 10, 30, 0, 0), '2022-04-07T10:30:00'],
      ['DateTime', new DateTime(2022, 4, 7, 10, 30, 0, 0, 0), '2022-04-07T10:30:00Z'],
      ['LocalTime', new LocalTime(10, 30, 5, 0), '10:30:05'],
      ['Time', new Time(10, 30, 5, 0, 3600), '10:30:05+01:00'],
      ['Duration', new Duration(1, 2, 3, 0), 'P1M2DT3S'],
    ])('should turn a %s into its ISO string', (_name, value, expected) => {
      expect(createValueConverter().convert(value)).toBe(expected);
    });

    it('should turn a Point into a plain object', () => {
      expect(createValueConverter().convert(new Point(neo4j.int(4326), 27.56, 53.9))).toEqual({
        srid: 4326,
        x: 27.56,
        y: 53.9,
      });
    });
  });

  describe('#toGraphNode / #toGraphEdge', () => {
    it('should refuse maps that are not entities or catalogue relations', () => {
      expect(toGraphNode({ id: 'x', labels: ['Document'] })).toBeUndefined();
      expect(toGraphNode({ labels: ['Person'] })).toBeUndefined();
      expect(toGraphEdge({ type: 'MENTIONS', source: 'a', target: 'b' })).toBeUndefined();
      expect(toGraphEdge({ type: 'SUPPORTS', source: 'a' })).toBeUndefined();
    });

    it('should not list the name among the aliases', () => {
      const node = toGraphNode({
        id: 'VLT',
        name: 'Veltrania',
        aliases: ['Veltrania', 'Republic of Veltrania', 7],
        labels: ['Entity', 'Country'],
      });
      expect(node?.aliases).toEqual(['Republic of Veltrania']);
    });

    it('should drop a quadClass outside 1..4 and default missing numbers', () => {
      const edge = toGraphEdge({
        type: 'SUPPORTS',
        source: 'a',
        target: 'b',
        quadClass: neo4j.int(9),
      });
      expect(edge).toEqual({
        id: 'a__SUPPORTS__b',
        source: 'a',
        target: 'b',
        type: 'SUPPORTS',
        count: 0,
        confidence: 0,
      });
    });
  });
});
