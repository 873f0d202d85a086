import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newDatabase } from './engine';
import type { Database } from './engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryBusyError } from '../errors';
import { RECYCLE_AFTER_PREPARES, UserConnection } from './user-connection';

let dir: string;
let db: Database;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-user-conn-'));
  db = newDatabase(join(dir, 'graph.kuzu'), 64 * 1024 * 1024, false);
  db.initSync();
});
afterAll(async () => {
  db.closeSync();
  await rm(dir, { recursive: true, force: true });
});

describe('embedded/user-connection', () => {
  describe('#run', () => {
    it('should run one query at a time and refuse one more than maxPending', async () => {
      const user = new UserConnection(db, 2);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const order: number[] = [];
      const first = user.run(async () => {
        await gate;
        order.push(1);
      });
      const second = user.run(async () => {
        order.push(2);
      });
      await expect(user.run(async () => undefined)).rejects.toBeInstanceOf(QueryBusyError);
      expect(user.load).toBe(2);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual([1, 2]);
      await user.close();
    });

    it('should replace the connection after RECYCLE_AFTER_PREPARES statements', async () => {
      const user = new UserConnection(db);
      const run = () =>
        user.run(async (conn, prepared) => {
          prepared();
          const stmt = await conn.prepare('RETURN 1 AS x');
          const out = await conn.execute(stmt, {});
          for (const r of Array.isArray(out) ? out : [out]) r.close();
        });
      for (let i = 0; i < RECYCLE_AFTER_PREPARES * 2 + 1; i++) await run();
      expect(user.opened).toBe(3);
      await user.close();
      await expect(run()).rejects.toThrow(/closed/);
    });
  });
});
