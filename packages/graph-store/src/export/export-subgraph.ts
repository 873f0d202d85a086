import type { Subgraph } from '@kg/schema';
import { StoreInputError } from '../errors';
import { toCypherScript } from './to-cypher-script';
import { toGEXF } from './to-gexf';
import { toGraphML } from './to-graphml';
import { toGraphologyJSON } from './to-graphology-json';
import { toNeo4jAdminCSV } from './to-neo4j-admin-csv';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'cypher', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** One file, or several by file name (csv: nodes.csv and relationships.csv). */
  body: string | Record<string, string>;
  contentType: string;
  extension: string;
}

export function exportSubgraph(subgraph: Subgraph, format: ExportFormat): ExportedFile {
  switch (format) {
    case 'json':
      return {
        body: JSON.stringify(toGraphologyJSON(subgraph)),
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
      };
    case 'gexf':
      return {
        body: toGEXF(subgraph),
        contentType: 'application/gexf+xml; charset=utf-8',
        extension: 'gexf',
      };
    case 'graphml':
      return {
        body: toGraphML(subgraph),
        contentType: 'application/graphml+xml; charset=utf-8',
        extension: 'graphml',
      };
    case 'cypher':
      return {
        body: toCypherScript(subgraph),
        contentType: 'text/plain; charset=utf-8',
        extension: 'cypher',
      };
    case 'csv':
      return {
        body: toNeo4jAdminCSV(subgraph),
        contentType: 'text/csv; charset=utf-8',
        extension: 'csv',
      };
    default:
      throw new StoreInputError('export', `unknown export format ${JSON.stringify(format)}`);
  }
}
