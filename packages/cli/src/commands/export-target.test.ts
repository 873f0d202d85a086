import { describe, expect, it } from 'vitest';
import { UsageError } from '../args';
import { exportFileName, exportFormatOf } from './export-target';

const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'png'] as const;

describe('exportFormatOf', () => {
  it.each([
    ['gexf', undefined, 'gexf'],
    ['json', 'graph.gexf', 'json'],
    [undefined, 'graph.gexf', 'gexf'],
    [undefined, 'out/Graph.GraphML', 'graphml'],
    [undefined, 'fig.png', 'png'],
    [undefined, 'tables.csv', 'csv'],
  ])('--format %j --out %j -> %s', (format, out, expected) => {
    expect(exportFormatOf(FORMATS, format, out)).toBe(expected);
  });

  it.each([
    [undefined, undefined, /give --format \(json, gexf, graphml, csv, png\), or --out FILE/],
    [undefined, 'graph.txt', /cannot tell the format from "graph.txt"/],
    [undefined, 'folder', /cannot tell the format from "folder"/],
    ['pdf', 'x.pdf', /--format must be one of/],
  ])('refuses --format %j --out %j', (format, out, message) => {
    expect(() => exportFormatOf(FORMATS, format, out)).toThrow(UsageError);
    expect(() => exportFormatOf(FORMATS, format, out)).toThrow(message);
  });
});

describe('exportFileName', () => {
  it.each([
    ['graph.gexf', '', 'graph.gexf'],
    ['tables', 'nodes.csv', 'tables/nodes.csv'],
    ['graph.csv', 'nodes.csv', 'graph.nodes.csv'],
    ['out/graph.CSV', 'relationships.csv', 'out/graph.relationships.csv'],
  ])('%s + %j -> %s', (out, name, expected) => {
    expect(exportFileName(out, name)).toBe(expected);
  });
});
