export { EXPORT_FORMATS, exportSubgraph } from './export-subgraph';
export type { ExportFormat, ExportedFile } from './export-subgraph';
export { toGraphologyJSON } from './to-graphology-json';
export { toGEXF } from './to-gexf';
export { toGraphML } from './to-graphml';
export { toCypherScript } from './to-cypher-script';
export { toNeo4jAdminCSV } from './to-neo4j-admin-csv';
