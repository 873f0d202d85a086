import { describe, expect, it } from 'vitest';
import { orderedMap } from './ordered-map';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('orderedMap', () => {
  it.each([1, 2, 4])('should yield in source order with limit %i', async (limit) => {
    let inFlight = 0;
    let most = 0;
    async function* source() {
      for (let k = 0; k < 12; k++) yield k;
    }
    const out: number[] = [];
    for await (const v of orderedMap(
      source(),
      async (k) => {
        most = Math.max(most, ++inFlight);
        await sleep((k * 7) % 5); // later items often finish first
        inFlight--;
        return k * 10;
      },
      limit,
    )) {
      out.push(v);
    }
    expect(out).toEqual(Array.from({ length: 12 }, (_, k) => k * 10));
    expect(most).toBeLessThanOrEqual(limit);
    if (limit > 1) expect(most).toBeGreaterThan(1);
  });

  it('should hold back the source while the consumer is slow (backpressure)', async () => {
    let pulled = 0;
    async function* source() {
      for (let k = 0; k < 50; k++) {
        pulled++;
        yield k;
      }
    }
    const it = orderedMap(source(), async (k) => k, 3);
    await it.next();
    await sleep(20);
    expect(pulled).toBe(3);
    await it.return(undefined);
  });

  it('should throw the error of a failed item when its turn comes', async () => {
    async function* source() {
      yield* [1, 2, 3];
    }
    const out: number[] = [];
    await expect(async () => {
      for await (const v of orderedMap(
        source(),
        async (k) => {
          if (k === 2) throw new Error('boom');
          return k;
        },
        3,
      ))
        out.push(v);
    }).rejects.toThrow('boom');
    expect(out).toEqual([1]);
  });
});
