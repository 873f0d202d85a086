import type { Entity, Mention } from '@kg/schema';
import type { AssembleDoc, EntityRef } from '../../types';

const NAMED_KINDS = new Set(['name', 'alias']);
const NAMED_TYPES = new Set(['Person', 'Country', 'Organization']);

interface Acc {
  ref: EntityRef;
  mentions: Mention[];
  aliases: Map<string, string>;
  named: boolean;
}

/** Entities across documents: one per canonical id, aliases merged; only actors worth a node are kept. */
export function assembleEntities(
  docs: AssembleDoc[],
  related: Map<string, EntityRef>,
): Map<string, Entity> {
  const acc = new Map<string, Acc>();
  for (const [id, ref] of related)
    acc.set(id, { ref, mentions: [], aliases: new Map(), named: false });
  for (const doc of docs) {
    for (const m of doc.mentions) {
      const ref = m.ref;
      if (!ref) continue;
      let a = acc.get(ref.id);
      if (!a) {
        a = { ref, mentions: [], aliases: new Map(), named: false };
        acc.set(ref.id, a);
      } else if (!a.ref.known && ref.known) a.ref = ref;
      a.mentions.push({
        docId: doc.id,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
        sentence: m.sent,
      });
      if (NAMED_KINDS.has(m.kind)) {
        a.named = true;
        const alias = m.text.replace(/^the\s+/i, '').trim();
        if (alias) a.aliases.set(alias.toLowerCase(), alias);
      }
    }
  }
  const out = new Map<string, Entity>();
  for (const [id, a] of acc) {
    const { ref } = a;
    const keep =
      related.has(id) ||
      (a.named && (NAMED_TYPES.has(ref.type) || ref.known)) ||
      (ref.salient && ref.type !== 'Person') ||
      (ref.salient && a.named);
    if (!keep) continue;
    for (const al of ref.aliases ?? [])
      a.aliases.set(al.replace(/^the\s+/i, '').toLowerCase(), al.replace(/^the\s+/i, ''));
    a.aliases.delete(ref.name.toLowerCase());
    out.set(id, {
      id,
      name: ref.name,
      type: ref.type,
      aliases: [...a.aliases.values()],
      ...(ref.iso3 ? { iso3: ref.iso3 } : {}),
      mentions: a.mentions,
    });
  }
  return out;
}
