import type { ExtractionResult } from '@kg/schema';
import type { Fixture } from './fixtures';

/**
 * One fixture per document (an article-sized batch, as a news stream delivers them): its
 * document and text, the relations with evidence in it (that evidence only) and every entity it
 * mentions or a relation of it joins (mentions in that document only).
 */
export function splitByDocument(fixture: Fixture): Fixture[] {
  const { result, texts } = fixture;
  const textOf = new Map(texts.map((t) => [t.id, t]));
  return result.documents.map((doc) => {
    const relations: ExtractionResult['relations'] = [];
    const ids = new Set<string>();
    for (const r of result.relations) {
      const evidence = r.evidence.filter((e) => e.docId === doc.id);
      if (!evidence.length) continue;
      relations.push({ ...r, evidence });
      ids.add(r.source).add(r.target);
    }
    const entities: ExtractionResult['entities'] = [];
    for (const e of result.entities) {
      const mentions = e.mentions.filter((m) => m.docId === doc.id);
      if (mentions.length || ids.has(e.id)) entities.push({ ...e, mentions });
    }
    const text = textOf.get(doc.id);
    return {
      result: { ...result, documents: [doc], entities, relations },
      texts: text ? [text] : [],
    };
  });
}
