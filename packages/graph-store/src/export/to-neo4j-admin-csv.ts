/**
 * CSV files in `neo4j-admin database import full` header format:
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
 *     --multiline-fields=true neo4j
 * Arrays use the default `;` delimiter; fields are quoted RFC 4180 style when needed.
 */
import type { Subgraph } from '@kg/schema';
import { entityLabel, relationType } from '../neo4j/statements';
import { connectedEdges } from './build-graph';

const NODE_HEADER = ['id:ID', ':LABEL', 'name', 'aliases:string[]', 'iso3', 'degree:int'];
const REL_HEADER = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  'id',
  'count:int',
  'confidence:float',
  'cameo',
  'quadClass:int',
  'role',
  'firstDate',
  'lastDate',
  'negated:boolean',
];

/** One CSV field: quoted when it holds a comma, quote, CR/LF or edge whitespace; `"` doubled. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',');
}

export function toNeo4jAdminCSV(subgraph: Subgraph): {
  'nodes.csv': string;
  'relationships.csv': string;
} {
  const nodes = [csvLine(NODE_HEADER)];
  for (const n of subgraph.nodes) {
    nodes.push(
      csvLine([
        n.id,
        `Entity;${entityLabel(n.type)}`,
        n.name,
        n.aliases.join(';'),
        n.iso3,
        n.degree,
      ]),
    );
  }
  const rels = [csvLine(REL_HEADER)];
  for (const e of connectedEdges(subgraph)) {
    rels.push(
      csvLine([
        e.source,
        e.target,
        relationType(e.type),
        e.id,
        e.count,
        e.confidence,
        e.cameo,
        e.quadClass,
        e.role,
        e.firstDate,
        e.lastDate,
        e.negated,
      ]),
    );
  }
  return { 'nodes.csv': `${nodes.join('\n')}\n`, 'relationships.csv': `${rels.join('\n')}\n` };
}
