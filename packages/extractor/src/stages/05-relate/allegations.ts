import { type Clause, polarity } from './clause';
import type { Edges } from './emit';
import { speakerOf } from './judgements';

/**
 * 'Iran alleged (that) Israel was hiding the figures': an accusing speech verb (triggers.json
 * `judgements.accusing`) criticises the subject of the clause it reports. wink may tag 'alleged'
 * as an adjective, so the form is matched, not the tag; 'the alleged attack' (after a determiner
 * or before a noun) is no speech act.
 */
export function allegationRelations(c: Clause, edges: Edges): void {
  const { tokens } = c.doc;
  const { accusing } = c.kb.judgements;
  if (!accusing.size) return;
  for (let v = c.sentence.tokenStart + 1; v < c.sentence.tokenEnd; v++) {
    const t = tokens[v]!;
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !accuses(accusing, t.lower, t.lemma)) continue;
    if (tokens[v - 1]!.pos === 'DET') continue;
    let k = v + 1;
    if (tokens[k]?.lower === 'that') k++;
    if (tokens[k]?.pos === 'DET') k++;
    const accused = c.units.find((u) => u.mention.tokenStart === k && !u.prep);
    if (!accused || accused.mention.ref?.type === 'Event') continue;
    const subject = speakerOf(c, v).filter((u) => u.group !== accused.group);
    if (!subject.length) continue;
    edges.add({
      type: 'CRITICIZES',
      sources: subject,
      targets: c.groups[accused.group]!,
      sent: c.sentence.index,
      trigger: { start: t.start, end: t.end },
      ...polarity(c, Math.max(...subject.map((u) => u.to)), v),
      confidence: 0.7,
    });
  }
}

/** 'alleged', 'alleges', 'allege': the lemma, or the form without its ending when tagged ADJ. */
function accuses(accusing: Set<string>, lower: string, lemma: string): boolean {
  return (
    accusing.has(lemma) || accusing.has(lower.replace(/d$/, '')) || accusing.has(lower.slice(0, -2))
  );
}
