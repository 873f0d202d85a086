import type { ReadUnit } from '@kg/extractor';
import { describe, expect, it } from 'vitest';
import { batchInputs, type BatchRule } from './batches';

const doc = (text: string) => ({ text, id: text });
const fail = (origin: string) => ({ origin, message: 'bad' });

async function* units(list: ReadUnit[]): AsyncGenerator<ReadUnit> {
  yield* list;
}

async function batchesOf(list: ReadUnit[], rule: BatchRule) {
  const out: Array<{ index: number; ids: string[]; failures: string[] }> = [];
  for await (const b of batchInputs(units(list), rule)) {
    out.push({
      index: b.index,
      ids: b.inputs.map((i) => i.id!),
      failures: b.failures.map((f) => f.origin),
    });
  }
  return out;
}

describe('batchInputs', () => {
  const file = (...texts: string[]): ReadUnit => ({ inputs: texts.map(doc), failures: [] });
  it.each([
    {
      name: 'closes at the document count across files',
      units: [file('a', 'b', 'c'), file('d', 'e')],
      rule: { docs: 2, bytes: 1000 },
      want: [['a', 'b'], ['c', 'd'], ['e']],
    },
    {
      name: 'closes once the text reaches the byte limit',
      units: [file('xxxx', 'yy', 'zzzzzz', 'w')],
      rule: { docs: 10, bytes: 5 },
      want: [['xxxx', 'yy'], ['zzzzzz'], ['w']],
    },
    { name: 'yields nothing for no documents', units: [], rule: { docs: 2, bytes: 9 }, want: [] },
  ])('should batch: $name', async ({ units: list, rule, want }) => {
    const got = await batchesOf(list, rule);
    expect(got.map((b) => b.ids)).toEqual(want);
    expect(got.map((b) => b.index)).toEqual(want.map((_, k) => k));
  });

  it('should carry read failures in the batch where they were met, even with no document', async () => {
    const got = await batchesOf(
      [
        file('a'),
        { inputs: [], failures: [fail('bad.txt')] },
        file('b'),
        { inputs: [], failures: [fail('x')] },
      ],
      { docs: 1, bytes: 100 },
    );
    expect(got).toEqual([
      { index: 0, ids: ['a'], failures: [] },
      { index: 1, ids: ['b'], failures: ['bad.txt'] },
      { index: 2, ids: [], failures: ['x'] },
    ]);
  });

  it('should pull the source only as batches are asked for', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<ReadUnit> {
      for (let k = 0; k < 100; k++) {
        pulled++;
        yield file(`d${k}`);
      }
    }
    const it = batchInputs(source(), { docs: 2, bytes: 100 });
    await it.next();
    expect(pulled).toBe(2);
    await it.return(undefined);
  });
});
