import type { Modality, RelationType } from '@kg/schema';
import type { DocMention, EntityRef, RawRelation } from '../../types';
import { type Claim, ownSide } from './claims';
import { allowed } from './constraints';
import type { Unit } from './units';

export interface EdgeInput {
  type: RelationType;
  sources: Unit[];
  targets: Unit[];
  sent: number;
  trigger?: { start: number; end: number };
  negated?: boolean;
  modality?: Modality;
  confidence: number;
  role?: string;
  /** Whose claim the edge is ('X said Y attacked Z'); a denial negates it. */
  claim?: Claim;
}

const VIA_PENALTY: Record<DocMention['via'], number> = {
  gazetteer: 0,
  surname: 0.05,
  pattern: 0.1,
  tagger: 0.1,
  pronoun: 0.2,
};

/** Collects raw relations, checking entity types and self-loops. */
export class Edges {
  readonly list: RawRelation[] = [];

  add(e: EdgeInput): void {
    for (const s of e.sources) for (const t of e.targets) this.pair(e, s.mention, t.mention);
  }

  /** One edge between two mentions (or a mention and a ref without span). */
  pair(
    e: Omit<EdgeInput, 'sources' | 'targets'>,
    s: DocMention,
    t: DocMention | undefined,
    targetRef?: EntityRef,
  ): void {
    const source = s.ref;
    const target = t?.ref ?? targetRef;
    if (!source || !target || source.id === target.id || !allowed(e.type, source.type, target.type))
      return;
    const penalty = Math.max(VIA_PENALTY[s.via], t ? VIA_PENALTY[t.via] : 0.15);
    // A claim about another actor ('Russia said Ukraine shelled the plant'): kept with its
    // claimant; an actor's word about its own act stays as it is.
    const claimed = !!e.claim && !ownSide(e.claim, source);
    const modality = e.modality ?? 'asserted';
    const highlights: RawRelation['highlights'] = [{ start: s.start, end: s.end, role: 'source' }];
    if (t) highlights.push({ start: t.start, end: t.end, role: 'target' });
    if (e.trigger) highlights.push({ start: e.trigger.start, end: e.trigger.end, role: 'trigger' });
    this.list.push({
      type: e.type,
      source,
      target,
      sent: e.sent,
      negated: (e.negated ?? false) || !!e.claim?.denied,
      modality:
        claimed && (modality === 'asserted' || modality === 'reported') ? 'claimed' : modality,
      ...(claimed ? { claimant: e.claim!.claimant } : {}),
      confidence: Math.max(0.05, Math.round((e.confidence - penalty) * 100) / 100),
      role: e.role,
      highlights,
    });
  }
}
