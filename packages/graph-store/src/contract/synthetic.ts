import { ENTITY_TYPES, INTERACTION_TYPES, relationId } from '@kg/schema';
import type { DocumentText, Entity, EntityType, ExtractionResult, Relation } from '@kg/schema';
import type { Fixture } from './fixtures';

export interface SyntheticOptions {
  entities: number;
  documents: number;
  sentencesPerDocument: number;
  seed?: number;
  /** Id prefix so that several synthetic fixtures do not collide. */
  prefix?: string;
  startDate?: string;
}

/** Deterministic PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Entity type mix of news extractions: mostly people, states and organisations. */
export const SYNTHETIC_TYPE_WEIGHTS: ReadonlyArray<[EntityType, number]> = [
  ['Person', 0.4],
  ['Country', 0.25],
  ['Organization', 0.25],
  ['Group', 0.05],
  ['Event', 0.03],
  ['Location', 0.02],
];

function weightedType(x: number): EntityType {
  let acc = 0;
  for (const [t, w] of SYNTHETIC_TYPE_WEIGHTS) {
    acc += w;
    if (x < acc) return t;
  }
  return ENTITY_TYPES[0];
}

const SYLLABLES = [
  'ka',
  'lo',
  'vi',
  'ra',
  'nes',
  'to',
  'mir',
  'du',
  'sel',
  'an',
  'bor',
  'ze',
  'li',
  'gra',
  'vo',
  'shen',
];

function syntheticName(rand: () => number, i: number): string {
  const word = (): string => {
    let w = '';
    const n = 2 + Math.floor(rand() * 2);
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()} ${i}`;
}

/**
 * A random news-like extraction: skewed degrees (a few hubs), one interaction per sentence,
 * every sentence mentioning its two actors. Deterministic for a seed.
 */
export function syntheticFixture(options: SyntheticOptions): Fixture {
  const rand = createRandom(options.seed ?? 42);
  const prefix = options.prefix ?? 'syn';
  const start = Date.parse(options.startDate ?? '2020-01-01');
  const entities: Entity[] = [];
  for (let i = 0; i < options.entities; i++) {
    const type = weightedType(rand());
    entities.push({
      id: `${prefix}-${i}`,
      name: syntheticName(rand, i),
      type,
      aliases: [],
      mentions: [],
    });
  }
  const pick = (): Entity => entities[Math.floor(Math.pow(rand(), 2.5) * entities.length)];
  const relations = new Map<string, Relation>();
  const documents: ExtractionResult['documents'] = [];
  const texts: DocumentText[] = [];
  for (let d = 0; d < options.documents; d++) {
    const docId = `${prefix}-doc-${d}`;
    const date = new Date(start + Math.floor(rand() * 1000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    let text = '';
    for (let s = 0; s < options.sentencesPerDocument; s++) {
      const a = pick();
      let b = pick();
      if (b === a) b = entities[(entities.indexOf(a) + 1) % entities.length];
      const type = INTERACTION_TYPES[Math.floor(rand() * INTERACTION_TYPES.length)];
      if (text) text += ' ';
      const at = text.length;
      const sentence = `${a.name} ${type.toLowerCase().replace(/_/g, ' ')} ${b.name}.`;
      text += sentence;
      a.mentions.push({
        docId,
        start: at,
        end: at + a.name.length,
        text: a.name,
        kind: 'name',
        sentence: s,
      });
      const bAt = at + sentence.length - 1 - b.name.length;
      b.mentions.push({
        docId,
        start: bAt,
        end: bAt + b.name.length,
        text: b.name,
        kind: 'name',
        sentence: s,
      });
      const rid = relationId(a.id, type, b.id);
      const ev = { docId, sentence: s, start: at, end: at + sentence.length, text: sentence, date };
      const prev = relations.get(rid);
      if (prev) prev.evidence.push(ev);
      else {
        const confidence = Math.round((0.4 + rand() * 0.6) * 100) / 100;
        relations.set(rid, {
          id: rid,
          source: a.id,
          target: b.id,
          type,
          negated: false,
          modality: 'asserted',
          confidence,
          evidence: [ev],
        });
      }
    }
    documents.push({
      id: docId,
      title: `Synthetic report ${d}`,
      date,
      source: 'Synthetic',
      sentences: options.sentencesPerDocument,
    });
    texts.push({ id: docId, text, title: `Synthetic report ${d}`, date, source: 'Synthetic' });
  }
  return {
    result: {
      documents,
      entities: entities.filter((e) => e.mentions.length),
      relations: [...relations.values()],
    },
    texts,
  };
}
