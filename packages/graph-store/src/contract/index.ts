export { describeGraphStoreContract, snapshot } from './graph-store-contract';
export type { StoreFactory } from './graph-store-contract';
export {
  buildExtraction,
  chainFixture,
  mergeFixtures,
  starFixture,
  worldDocuments,
  worldFixture,
  WORLD_DOCUMENT_IDS,
  WORLD_ENTITIES,
} from './fixtures';
export type {
  Fixture,
  FixtureDocument,
  FixtureEntity,
  FixtureRelation,
  FixtureSentence,
} from './fixtures';
export { ALLOWED_QUERIES, HEAVY_QUERIES, HOSTILE_QUERIES } from './guard-cases';
export { syntheticFixture, createRandom } from './synthetic';
export type { SyntheticOptions } from './synthetic';
export { syndicatedFixture } from './contract-syndication';
