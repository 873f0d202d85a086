import { getDebugTree, lintCypherQuery } from '@neo4j-cypher/language-support';
const show = (t: any, d = 0): void => { if (t.children?.length) { console.log(' '.repeat(d) + t.name); t.children.forEach((c: any) => show(c, d + 1)); } else console.log(' '.repeat(d) + JSON.stringify(t.name)); };
show(getDebugTree('RETURN linenumber(), file()'));
console.log(JSON.stringify(lintCypherQuery('USE system SHOW USERS', {}, {consoleCommandsEnabled:false}).diagnostics.map(d=>d.message)));
