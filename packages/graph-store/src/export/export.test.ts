import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { SubgraphSchema, type Subgraph } from '@kg/schema';
import { createLintSchema, type LintDbSchema } from '../neo4j/lint-schema';
import { cypherString } from './cypher-literal';
import { EXPORT_FORMATS, exportSubgraph } from './export-subgraph';
import { toCypherScript } from './to-cypher-script';
import { toGEXF } from './to-gexf';
import { toGraphML } from './to-graphml';
import { toGraphologyJSON } from './to-graphology-json';
import { csvField, toNeo4jAdminCSV } from './to-neo4j-admin-csv';

const HOSTILE = `O'Brien "the \\ one"\nline two <img src=x onerror=alert(1)> & co, ltd`;

function sample(): Subgraph {
  return SubgraphSchema.parse({
    nodes: [
      {
        id: 'BLR',
        name: 'Belarus',
        type: 'Country',
        aliases: ['Byelorussia', 'Republic of Belarus'],
        iso3: 'BLR',
        degree: 2,
      },
      {
        id: 'RUS',
        name: 'Russia',
        type: 'Country',
        aliases: [],
        iso3: 'RUS',
        degree: 1,
        hiddenNeighbors: 3,
      },
      { id: 'p.o-brien_1', name: HOSTILE, type: 'Person', aliases: [HOSTILE, 'x'], degree: 1 },
    ],
    edges: [
      {
        id: 'BLR__SUPPORTS__RUS',
        source: 'BLR',
        target: 'RUS',
        type: 'SUPPORTS',
        cameo: '07',
        quadClass: 2,
        count: 3,
        confidence: 0.85,
        firstDate: '2022-02-01',
        lastDate: '2022-03-01',
        negated: false,
      },
      {
        id: 'p.o-brien_1__HOLDS_ROLE__BLR',
        source: 'p.o-brien_1',
        target: 'BLR',
        type: 'HOLDS_ROLE',
        role: HOSTILE,
        count: 1,
        confidence: 1,
      },
      {
        id: 'dangling',
        source: 'BLR',
        target: 'nowhere',
        type: 'ATTACKS',
        count: 1,
        confidence: 0.5,
      },
    ],
    omittedNodes: 0,
  });
}

describe('export', () => {
  describe('#toGraphologyJSON', () => {
    it('should serialise nodes and edges with their attributes, dropping dangling edges', () => {
      const json = toGraphologyJSON(sample());
      const g = new Graph({ multi: true });
      g.import(json);
      expect(g.order).toBe(3);
      expect(g.size).toBe(2);
      expect(g.getNodeAttributes('p.o-brien_1')).toMatchObject({
        label: HOSTILE,
        type: 'Person',
        aliases: [HOSTILE, 'x'],
      });
      expect(g.getEdgeAttributes('BLR__SUPPORTS__RUS')).toMatchObject({
        type: 'SUPPORTS',
        count: 3,
        confidence: 0.85,
        quadClass: 2,
      });
    });
  });

  describe('#toGEXF', () => {
    it('should round-trip through the graphology GEXF parser', () => {
      const g = gexf.parse(Graph, toGEXF(sample()));
      expect(g.order).toBe(3);
      expect(g.size).toBe(2);
      expect(g.getNodeAttributes('p.o-brien_1')).toMatchObject({
        label: HOSTILE,
        type: 'Person',
        aliases: [HOSTILE, 'x'],
      });
      expect(g.getNodeAttributes('BLR')).toMatchObject({
        iso3: 'BLR',
        degree: 2,
        aliases: ['Byelorussia', 'Republic of Belarus'],
      });
      expect(g.getEdgeAttributes('BLR__SUPPORTS__RUS')).toMatchObject({
        type: 'SUPPORTS',
        count: 3,
        confidence: 0.85,
        cameo: '07',
        quadClass: 2,
        firstDate: '2022-02-01',
        negated: false,
      });
      expect(g.getEdgeAttributes('p.o-brien_1__HOLDS_ROLE__BLR')).toMatchObject({
        role: HOSTILE,
        confidence: 1,
      });
    });

    it('should never emit raw markup from names', () => {
      expect(toGEXF(sample())).not.toContain('<img');
    });

    it('should declare the viz namespace correctly and draw nodes as on screen', () => {
      const xml = toGEXF(sample());
      expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
      expect(xml).not.toContain('http:///');
      const g = gexf.parse(Graph, xml);
      const points = g.mapNodes((_n, a) => [a.x, a.y] as number[]);
      for (const [x, y] of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(new Set(points.map((p) => p.join(','))).size).toBe(3);
      expect(g.getNodeAttribute('BLR', 'color')).toMatch(/^rgb.*|^#/i);
      expect(xml).toContain('<viz:color hex="#D55E00"');
      expect(xml).toContain('<viz:color hex="#1b7837"');
      expect(g.getNodeAttribute('BLR', 'size')).toBeGreaterThan(g.getNodeAttribute('RUS', 'size'));
    });

    it('should be deterministic (same subgraph, same file)', () => {
      expect(toGEXF(sample())).toBe(toGEXF(sample()));
    });
  });

  describe('#toGraphML', () => {
    it('should carry positions, sizes and colours under the names Gephi reads', () => {
      const xml = toGraphML(sample());
      expect(xml).toContain('<data key="n_r">213</data>');
      const g = graphml.parse(Graph, xml);
      expect(g.getNodeAttribute('BLR', 'color')).toBe('#d55e00');
      expect(g.getEdgeAttribute('BLR__SUPPORTS__RUS', 'color')).toBe('#1b7837');
      const points = g.mapNodes((_n, a) => [a.x as number, a.y as number]);
      expect(points.flat().every(Number.isFinite)).toBe(true);
      expect(new Set(points.map((p) => p.join(','))).size).toBe(3);
      expect(g.getNodeAttribute('BLR', 'size')).toBeGreaterThan(0);
    });

    it('should round-trip through the graphology GraphML parser', () => {
      const g = graphml.parse(Graph, toGraphML(sample()));
      expect(g.order).toBe(3);
      expect(g.size).toBe(2);
      expect(g.getNodeAttributes('p.o-brien_1')).toMatchObject({
        name: HOSTILE,
        label: HOSTILE,
        type: 'Person',
      });
      expect(JSON.parse(g.getNodeAttribute('p.o-brien_1', 'aliases'))).toEqual([HOSTILE, 'x']);
      expect(g.getNodeAttributes('RUS')).toMatchObject({ degree: 1, hiddenNeighbors: 3 });
      expect(g.getEdgeAttributes('BLR__SUPPORTS__RUS')).toMatchObject({
        count: 3,
        confidence: 0.85,
        quadClass: 2,
        negated: false,
      });
      expect(g.source('p.o-brien_1__HOLDS_ROLE__BLR')).toBe('p.o-brien_1');
    });

    it('should escape markup and drop characters XML cannot carry', () => {
      const sg = sample();
      sg.nodes[0].name = 'bad\u0001\u0008char';
      const xml = toGraphML(sg);
      expect(xml).not.toContain('<img');
      expect(graphml.parse(Graph, xml).getNodeAttribute('BLR', 'name')).toBe('badchar');
    });
  });

  describe('#toCypherScript', () => {
    let lint: (
      q: string,
      s: LintDbSchema,
      o?: object,
    ) => { diagnostics: Array<{ message: string; severity?: number }> };
    let schema: LintDbSchema;
    beforeAll(async () => {
      const ls = await import('@neo4j-cypher/language-support');
      lint = ls.lintCypherQuery as never;
      schema = createLintSchema(ls.testData.mockSchema);
    });

    it('should lint without errors in Neo4j language support', () => {
      const script = toCypherScript(sample());
      const { diagnostics } = lint(script, schema, { consoleCommandsEnabled: true });
      expect(diagnostics.filter((d) => d.severity === 1).map((d) => d.message)).toEqual([]);
      expect(diagnostics.filter((d) => / is not present in the database/.test(d.message))).toEqual(
        [],
      );
    });

    it('should contain the constraint, type labels and relationship types, one statement each', () => {
      const script = toCypherScript(sample(), 1);
      expect(script).toContain('CREATE CONSTRAINT kg_entity_id IF NOT EXISTS');
      expect(script).toMatch(/SET n:Country, n.name = row.name/);
      expect(script).toMatch(/MERGE \(s\)-\[r:HOLDS_ROLE\]->\(t\)/);
      expect(script).not.toContain('ATTACKS');
      expect(script.match(/;\n/g)).toHaveLength(1 + 2 + 1 + 2);
      expect(script).toContain('confidence: 1.0');
    });

    it('should write the folded names the Neo4j adapter searches', () => {
      const script = toCypherScript(sample());
      expect(script).toContain(
        "foldedName: 'belarus', foldedAliases: ['byelorussia', 'republic of belarus'], " +
          "searchText: 'belarus | byelorussia | republic of belarus'",
      );
      expect(script).toMatch(
        /n\.foldedName = row\.foldedName, n\.foldedAliases = row\.foldedAliases/,
      );
    });

    it('should escape hostile strings so they cannot end the literal', () => {
      const script = toCypherScript(sample());
      expect(script).toContain(cypherString(HOSTILE));
      expect(cypherString(HOSTILE)).toBe(
        `'O\\'Brien "the \\\\ one"\\nline two <img src=x onerror=alert(1)> & co, ltd'`,
      );
      expect(cypherString('a\u0000b\u2028c')).toBe("'a\\u0000b\\u2028c'");
      const injected = toCypherScript({
        ...sample(),
        nodes: [{ ...sample().nodes[0], name: "x'}) DETACH DELETE n //" }],
      });
      const { diagnostics } = lint(injected, schema);
      expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
      expect(injected).toContain("name: 'x\\'}) DETACH DELETE n //'");
    });

    it('should refuse labels outside the schema enums', () => {
      const bad = {
        ...sample(),
        nodes: [{ ...sample().nodes[0], type: 'Person`) DETACH DELETE n //' as never }],
      };
      expect(() => toCypherScript(bad)).toThrow(/unknown entity type/);
    });
  });

  describe('#toNeo4jAdminCSV', () => {
    it('should write neo4j-admin import headers', () => {
      const csv = toNeo4jAdminCSV(sample());
      expect(csv['nodes.csv'].split('\n')[0]).toBe(
        'id:ID,:LABEL,name,aliases:string[],iso3,degree:int',
      );
      expect(csv['relationships.csv'].split('\n')[0]).toBe(
        ':START_ID,:END_ID,:TYPE,id,count:int,confidence:float,cameo,quadClass:int,role,firstDate,lastDate,negated:boolean',
      );
      expect(csv['nodes.csv']).toContain(
        'BLR,Entity;Country,Belarus,Byelorussia;Republic of Belarus,BLR,2\n',
      );
      expect(csv['relationships.csv']).toContain(
        'BLR,RUS,SUPPORTS,BLR__SUPPORTS__RUS,3,0.85,07,2,,2022-02-01,2022-03-01,false\n',
      );
      expect(csv['relationships.csv']).not.toContain('dangling');
    });

    it.each([
      ['plain', 'plain'],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      [' padded', '" padded"'],
      [undefined, ''],
      [0, '0'],
    ])('should escape %j as %j', (value, expected) => {
      expect(csvField(value)).toBe(expected);
    });

    it('should parse back to the original fields', () => {
      const rows = parseCsv(toNeo4jAdminCSV(sample())['nodes.csv']);
      const obrien = rows.find((r) => r[0] === 'p.o-brien_1');
      expect(obrien?.[2]).toBe(HOSTILE);
      expect(obrien?.[3]).toBe(`${HOSTILE};x`);
      expect(rows.every((r) => r.length === 6)).toBe(true);
    });
  });

  describe('per-edge evidence count and dates', () => {
    const want = { count: 3, firstDate: '2022-02-01', lastDate: '2022-03-01' };
    const relCsv = (): Record<string, string> => {
      const text = toNeo4jAdminCSV(sample())['relationships.csv'];
      const head = text.split('\n')[0].split(','); // parseCsv leaves the header out
      const row = parseCsv(text).find((r) => r[3] === 'BLR__SUPPORTS__RUS')!;
      return Object.fromEntries(head.map((h, i) => [h.split(':')[0], row[i]]));
    };
    it.each([
      [
        'JSON',
        () => Graph.from(toGraphologyJSON(sample())).getEdgeAttributes('BLR__SUPPORTS__RUS'),
      ],
      ['GEXF', () => gexf.parse(Graph, toGEXF(sample())).getEdgeAttributes('BLR__SUPPORTS__RUS')],
      [
        'GraphML',
        () => graphml.parse(Graph, toGraphML(sample())).getEdgeAttributes('BLR__SUPPORTS__RUS'),
      ],
      ['CSV', () => ({ ...relCsv(), count: Number(relCsv().count) })],
    ])('should be carried by %s', (_format, parse) => {
      expect(parse()).toMatchObject(want);
    });
  });

  describe('#exportSubgraph', () => {
    it.each(EXPORT_FORMATS)('should export %s with a content type and extension', (format) => {
      const file = exportSubgraph(sample(), format);
      expect(file.extension).toBe(format);
      expect(file.contentType).toMatch(/charset=utf-8$/);
      const bodies = typeof file.body === 'string' ? [file.body] : Object.values(file.body);
      expect(bodies.every((b) => b.length > 0)).toBe(true);
    });

    it('should refuse an unknown format', () => {
      expect(() => exportSubgraph(sample(), 'pdf' as never)).toThrow(/unknown export format/);
    });
  });
});

/** Minimal RFC 4180 reader for the test (quoted fields, doubled quotes, embedded newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || c === '\n') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else {
      field += c;
    }
  }
  return rows.slice(1);
}
