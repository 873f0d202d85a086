import type { EntityType, MentionKind, Modality, RelationType } from '@kg/schema';

/** A document after intake: plain text plus header facts. */
export interface IntakeDoc {
  id: string;
  /** The text offsets index: the input as given (plain text) or the stripped plain text (HTML/Markdown). */
  text: string;
  /** Offset where the article body starts (after a 'date ...' header line or front-matter). */
  bodyStart: number;
  title?: string;
  date?: string;
  source?: string;
  origin?: string;
}

export interface Token {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  sent: number;
  /** Inside a quotation. */
  quoted: boolean;
  /** First word token of its sentence. */
  initial: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface SegmentedDoc extends IntakeDoc {
  tokens: Token[];
  sentences: Sentence[];
}

/** What a mention refers to. `id` is the canonical entity id once resolved. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  iso3?: string;
  aliases?: string[];
  /** Countries: the adjective ('Belarusian'). */
  demonym?: string;
  /** How the entity is known: from the gazetteer or found by a pattern. */
  known: boolean;
  /** ISO3/org id this actor belongs to (national bodies, state media). */
  country?: string;
  affiliatedWith?: string;
  memberOf?: string[];
  /** Organisations: the gazetteer's `kind` (party, court, ...). */
  kind?: string;
  roles?: { role: string; of?: string; since?: string; until?: string }[];
  /** Events: class from the lexicon (war, protests...). */
  eventClass?: string;
  /** Emit even when it takes part in no relation. */
  salient?: boolean;
}

export interface DocMention {
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sent: number;
  text: string;
  kind: MentionKind;
  /** Undefined for pronouns until resolve links them. */
  ref?: EntityRef;
  pronoun?: string;
  /** A modifier of a following noun ('Russian President', 'Belarusian state news agency'). */
  modifier?: boolean;
  /** How it was found, for confidence. */
  via: 'gazetteer' | 'pattern' | 'tagger' | 'pronoun' | 'surname';
}

/** A structural fact seen in the text (role, affiliation) with its evidence span. */
export interface StructuralFact {
  type: Extract<RelationType, 'HOLDS_ROLE' | 'AFFILIATED_WITH' | 'MEMBER_OF' | 'PART_OF'>;
  source: DocMention;
  target?: DocMention;
  /** Target known only by id (e.g. inferred country of a bare title). */
  targetRef?: EntityRef;
  role?: string;
  sent: number;
  trigger?: { start: number; end: number };
  confidence: number;
  /** The target is not in the text: resolve infers it (the document's main country). */
  inferTarget?: boolean;
  /** A sentence-initial bare title ('Spokesman X said'): the previous sentence's first actor holds it. */
  fromPrevious?: boolean;
  /** Token of a possessive pronoun that names the target once resolved ('its special representative'). */
  targetToken?: number;
}

export interface RecognisedDoc extends SegmentedDoc {
  mentions: DocMention[];
  facts: StructuralFact[];
}

export interface RawRelation {
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  sent: number;
  negated: boolean;
  modality: Modality;
  /** The actor whose claim the edge is (modality 'claimed'). */
  claimant?: EntityRef;
  confidence: number;
  role?: string;
  highlights: { start: number; end: number; role: 'source' | 'target' | 'trigger' }[];
}

export interface RelatedDoc extends RecognisedDoc {
  relations: RawRelation[];
}

/** What assemble reads of a document (kept per batch: no tokens or facts). */
export type AssembleDoc = Omit<RelatedDoc, 'tokens' | 'facts'>;
