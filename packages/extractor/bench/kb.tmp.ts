import { buildKnowledgeBase } from '../src/data/knowledge-base';
import { loadData } from '../src/data/load-data';
const kb = buildKnowledgeBase(loadData());
const m = (kb.phrases as unknown as { byFirst: Map<string, unknown[]> }).byFirst;
console.log(kb.phrases.size, m.size, [...m].sort((a, b) => b[1].length - a[1].length).slice(0, 15).map(([k, v]) => `${k}:${v.length}`).join(' '));
