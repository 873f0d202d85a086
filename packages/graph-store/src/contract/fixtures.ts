import { relationId } from '@kg/schema';
import type {
  DocumentText,
  Entity,
  EntityType,
  ExtractionResult,
  Modality,
  Relation,
  RelationType,
  Role,
} from '@kg/schema';

export interface FixtureEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  iso3?: string;
  roles?: Role[];
}

export interface FixtureRelation {
  source: string;
  type: RelationType;
  target: string;
  confidence?: number;
  date?: string;
  negated?: boolean;
  modality?: Modality;
  role?: string;
}

export interface FixtureSentence {
  text: string;
  /** Entity ids mentioned; each is located in the sentence by its name or first matching alias. */
  mentions?: string[];
  relations?: FixtureRelation[];
}

export interface FixtureDocument {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  sentences: FixtureSentence[];
}

export interface Fixture {
  result: ExtractionResult;
  texts: DocumentText[];
}

/**
 * Builds an ExtractionResult with correct offsets from plain sentences: a document's text is its
 * sentences joined by one space; mentions and evidence point into that text.
 */
export function buildExtraction(entities: FixtureEntity[], documents: FixtureDocument[]): Fixture {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions = new Map<string, Entity['mentions']>();
  const relations = new Map<string, Relation>();
  const texts: DocumentText[] = [];
  for (const doc of documents) {
    let text = '';
    doc.sentences.forEach((s, index) => {
      if (text) text += ' ';
      const start = text.length;
      text += s.text;
      for (const id of s.mentions ?? []) {
        const e = byId.get(id);
        if (!e) throw new Error(`fixture: unknown entity ${id}`);
        const surface = [e.name, ...(e.aliases ?? [])].find((n) => s.text.includes(n));
        if (!surface) throw new Error(`fixture: "${s.text}" does not contain ${e.name}`);
        const at = start + s.text.indexOf(surface);
        const list = mentions.get(id) ?? [];
        list.push({
          docId: doc.id,
          start: at,
          end: at + surface.length,
          text: surface,
          kind: surface === e.name ? 'name' : 'alias',
          sentence: index,
        });
        mentions.set(id, list);
      }
      for (const r of s.relations ?? []) {
        const rid = relationId(r.source, r.type, r.target);
        const evidence = {
          docId: doc.id,
          sentence: index,
          start,
          end: start + s.text.length,
          text: s.text,
          date: r.date ?? doc.date,
        };
        const prev = relations.get(rid);
        if (prev) {
          prev.evidence.push(evidence);
          prev.confidence = Math.max(prev.confidence, r.confidence ?? 0.8);
          continue;
        }
        const rel: Relation = {
          id: rid,
          source: r.source,
          target: r.target,
          type: r.type,
          negated: r.negated ?? false,
          modality: r.modality ?? 'asserted',
          confidence: r.confidence ?? 0.8,
          evidence: [evidence],
        };
        if (r.date) rel.date = r.date;
        if (r.role) rel.role = r.role;
        relations.set(rid, rel);
      }
    });
    texts.push({ id: doc.id, text, title: doc.title, date: doc.date, source: doc.source });
  }
  const used = new Set<string>([...mentions.keys()]);
  for (const r of relations.values()) used.add(r.source).add(r.target);
  const result: ExtractionResult = {
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      date: d.date,
      source: d.source,
      sentences: d.sentences.length,
    })),
    entities: entities
      .filter((e) => used.has(e.id))
      .map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases ?? [],
        ...(e.iso3 ? { iso3: e.iso3 } : {}),
        ...(e.roles ? { roles: e.roles } : {}),
        mentions: mentions.get(e.id) ?? [],
      })),
    relations: [...relations.values()],
  };
  return { result, texts };
}

/** A small fictional world (no real actors): four countries, people, an organisation, a group. */
export const WORLD_ENTITIES: FixtureEntity[] = [
  {
    id: 'VLT',
    name: 'Veltrania',
    type: 'Country',
    iso3: 'VLT',
    aliases: ['Veltranian government'],
  },
  { id: 'OST', name: 'Ostmark', type: 'Country', iso3: 'OST' },
  { id: 'KRB', name: 'Korbia', type: 'Country', iso3: 'KRB' },
  { id: 'ZEL', name: 'Zelmar', type: 'Country', iso3: 'ZEL' },
  {
    id: 'ana-kovac',
    name: 'Ana Kovač',
    type: 'Person',
    aliases: ['Kovač'],
    roles: [{ role: 'foreign minister', of: 'OST' }],
  },
  { id: 'jerome-lukasz', name: 'Jérôme Łukasz', type: 'Person', aliases: ['Łukasz'] },
  { id: 'boris-marenko', name: 'Boris Marenko', type: 'Person', aliases: ['Marenko'] },
  {
    id: 'northern-council',
    name: 'Northern Council',
    type: 'Organization',
    aliases: ['the Council'],
  },
  { id: 'free-ostmark', name: 'Free Ostmark Movement', type: 'Group' },
];

export const WORLD_DOCUMENT_IDS = ['doc-spring', 'doc-summer', 'doc-autumn'] as const;

/** Three dated documents with interactions, a structural role, a negation and a weak co-mention. */
export function worldDocuments(): FixtureDocument[] {
  return [
    {
      id: 'doc-spring',
      title: 'Veltrania sanctions Ostmark',
      date: '2022-03-01',
      source: 'Fixture Wire',
      sentences: [
        {
          text: 'Veltrania imposed sanctions on Ostmark.',
          mentions: ['VLT', 'OST'],
          relations: [{ source: 'VLT', type: 'SANCTIONS', target: 'OST', confidence: 0.9 }],
        },
        {
          text: 'Ana Kovač criticised Veltrania.',
          mentions: ['ana-kovac', 'VLT'],
          relations: [{ source: 'ana-kovac', type: 'CRITICIZES', target: 'VLT', confidence: 0.7 }],
        },
        {
          text: 'Ana Kovač is the foreign minister of Ostmark.',
          mentions: ['ana-kovac', 'OST'],
          relations: [
            {
              source: 'ana-kovac',
              type: 'HOLDS_ROLE',
              target: 'OST',
              confidence: 0.95,
              role: 'foreign minister',
            },
          ],
        },
      ],
    },
    {
      id: 'doc-summer',
      title: 'More sanctions',
      date: '2022-06-15',
      source: 'Fixture Daily',
      sentences: [
        {
          text: 'Veltrania widened its sanctions against Ostmark.',
          mentions: ['VLT', 'OST'],
          relations: [{ source: 'VLT', type: 'SANCTIONS', target: 'OST', confidence: 0.8 }],
        },
        {
          text: 'Korbia supports Veltrania.',
          mentions: ['KRB', 'VLT'],
          relations: [{ source: 'KRB', type: 'SUPPORTS', target: 'VLT', confidence: 0.6 }],
        },
        {
          text: 'Jérôme Łukasz met Boris Marenko.',
          mentions: ['jerome-lukasz', 'boris-marenko'],
          relations: [
            { source: 'jerome-lukasz', type: 'CONSULTS', target: 'boris-marenko', confidence: 0.5 },
          ],
        },
        {
          text: 'Boris Marenko and Ana Kovač were both in the news.',
          mentions: ['boris-marenko', 'ana-kovac'],
          relations: [
            { source: 'boris-marenko', type: 'CO_MENTIONED', target: 'ana-kovac', confidence: 0.3 },
          ],
        },
      ],
    },
    {
      id: 'doc-autumn',
      title: 'Protests in Zelmar',
      date: '2022-10-20',
      source: 'Fixture Wire',
      sentences: [
        {
          text: 'The Free Ostmark Movement protested against Zelmar.',
          mentions: ['free-ostmark', 'ZEL'],
          relations: [
            { source: 'free-ostmark', type: 'PROTESTS_AGAINST', target: 'ZEL', confidence: 0.75 },
          ],
        },
        {
          text: 'Zelmar did not threaten Korbia.',
          mentions: ['ZEL', 'KRB'],
          relations: [
            { source: 'ZEL', type: 'THREATENS', target: 'KRB', confidence: 0.65, negated: true },
          ],
        },
        {
          text: 'Northern Council appealed to Boris Marenko.',
          mentions: ['northern-council', 'boris-marenko'],
          relations: [
            {
              source: 'northern-council',
              type: 'APPEALS_TO',
              target: 'boris-marenko',
              confidence: 0.55,
            },
          ],
        },
      ],
    },
  ];
}

export function worldFixture(): Fixture {
  return buildExtraction(WORLD_ENTITIES, worldDocuments());
}

/** A hub entity with `n` neighbours (for caps); neighbours get increasing degree via a second edge. */
export function starFixture(n: number, docId = 'doc-star'): Fixture {
  const entities: FixtureEntity[] = [{ id: 'hub', name: 'Hub State', type: 'Country' }];
  const sentences: FixtureSentence[] = [];
  for (let i = 0; i < n; i++) {
    const id = `spoke-${String(i).padStart(3, '0')}`;
    entities.push({ id, name: `Spoke Person ${i}`, type: 'Person' });
    sentences.push({
      text: `Hub State consults Spoke Person ${i}.`,
      mentions: ['hub', id],
      relations: [{ source: 'hub', type: 'CONSULTS', target: id }],
    });
  }
  return buildExtraction(entities, [{ id: docId, title: 'Star', date: '2023-01-01', sentences }]);
}

/** A chain a0 -> a1 -> ... -> a{n-1} of SUPPORTS edges plus a shortcut a0 -> a{n-1} of type DEMANDS. */
export function chainFixture(n: number, docId = 'doc-chain'): Fixture {
  const entities: FixtureEntity[] = [];
  for (let i = 0; i < n; i++)
    entities.push({ id: `link-${i}`, name: `Link Org ${i}`, type: 'Organization' });
  const sentences: FixtureSentence[] = [];
  for (let i = 0; i + 1 < n; i++) {
    sentences.push({
      text: `Link Org ${i} supports Link Org ${i + 1}.`,
      mentions: [`link-${i}`, `link-${i + 1}`],
      relations: [{ source: `link-${i}`, type: 'SUPPORTS', target: `link-${i + 1}` }],
    });
  }
  sentences.push({
    text: `Link Org 0 demands much from Link Org ${n - 1}.`,
    mentions: ['link-0', `link-${n - 1}`],
    relations: [{ source: 'link-0', type: 'DEMANDS', target: `link-${n - 1}` }],
  });
  return buildExtraction(entities, [{ id: docId, title: 'Chain', date: '2023-02-01', sentences }]);
}

/** Several fixtures as one extraction (documents, entities and relations concatenated). */
export function mergeFixtures(...fixtures: Fixture[]): Fixture {
  return {
    result: {
      documents: fixtures.flatMap((f) => f.result.documents),
      entities: fixtures.flatMap((f) => f.result.entities),
      relations: fixtures.flatMap((f) => f.result.relations),
    },
    texts: fixtures.flatMap((f) => f.texts),
  };
}
