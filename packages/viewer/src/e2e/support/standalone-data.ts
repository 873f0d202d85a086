import type { EvidenceRow, Subgraph } from '@kg/schema';
import type { StandaloneData } from '../../index';
import { FIXTURE, FIXTURE_TEXTS } from './fixture';

/** The fixture as `kg export --format html` would pass it to renderStandaloneHtml. */
export function fixtureStandaloneData(title = 'Belarus and Russia, spring 2022'): StandaloneData {
  const subgraph: Subgraph = {
    nodes: FIXTURE.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
    })),
    edges: FIXTURE.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      role: r.role,
      count: r.evidence.length,
      firstDate: r.date,
      lastDate: r.date,
      confidence: r.confidence,
    })),
    omittedNodes: 0,
  };
  const evidence: Record<string, EvidenceRow[]> = {};
  for (const r of FIXTURE.relations) {
    evidence[r.id] = r.evidence.map((e) => {
      const doc = FIXTURE_TEXTS.find((d) => d.id === e.docId);
      return {
        relationId: r.id,
        docId: e.docId,
        docTitle: doc?.title,
        docDate: doc?.date,
        docSource: doc?.source,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        text: e.text,
        date: e.date,
        highlights: e.highlights ?? [],
      };
    });
  }
  return { subgraph, evidence, title };
}
