import { syntheticFixture } from '../contract/synthetic';
import type { Fixture } from '../contract/fixtures';

/** The large batch the durability test kills mid-way (deterministic). */
export function durabilityBatch(): Fixture {
  return syntheticFixture({
    entities: 400,
    documents: 150,
    sentencesPerDocument: 10,
    seed: 7,
    prefix: 'dur',
  });
}

/** The n-th small batch the checkpoint crash test ingests (deterministic, distinct ids). */
export function checkpointBatch(n: number): Fixture {
  return syntheticFixture({
    entities: 120,
    documents: 20,
    sentencesPerDocument: 6,
    seed: 100 + n,
    prefix: `ckpt${n}`,
  });
}
