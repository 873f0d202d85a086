import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorrectionsLog, correctionsLogPath } from './corrections-log';
import { CorrectionsImportError } from './errors';
import { exportCorrections, planImport } from './import-export';
import { MERGE_ERDO, record, REJECT_SUPPORT } from './test-fixture';

const root = mkdtempSync(join(tmpdir(), 'kg-corrlog-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => CorrectionsLog.forDataDir(mkdtempSync(join(root, 'd-')));

describe('CorrectionsLog', () => {
  it('should append records as JSON lines and read them back in order', () => {
    const log = fresh();
    const [a, b] = [record(MERGE_ERDO), record(REJECT_SUPPORT)];
    log.append([a]);
    log.append([b]);
    expect(log.records()).toEqual([a, b]);
    expect(readFileSync(log.path, 'utf8').split('\n')).toHaveLength(3);
  });

  it('should ignore a torn last line with a warning and cut it off at the next append', () => {
    const log = fresh();
    const a = record(MERGE_ERDO);
    log.append([a]);
    appendFileSync(log.path, '{"v":1,"id":"c-torn');
    expect(log.read().records).toEqual([a]);
    expect(log.read().warnings.join()).toMatch(/:2: last line is incomplete .*ignored/);
    const b = record(REJECT_SUPPORT);
    log.append([b]);
    expect(new CorrectionsLog(log.path).read()).toMatchObject({ records: [a, b], warnings: [] });
  });

  it('should skip a complete line that is not a record, naming it', () => {
    const log = fresh();
    writeFileSync(log.path, 'garbage\n{"v":1,"id":"x"}\n');
    log.append([record(MERGE_ERDO)]);
    const read = log.read();
    expect(read.records).toHaveLength(1);
    expect(read.warnings[0]).toMatch(/:1: not JSON/);
    expect(read.warnings[1]).toMatch(/:2: not a correction record/);
    expect(correctionsLogPath('/x')).toBe('/x/corrections.log.jsonl');
  });
});

describe('exportCorrections / planImport', () => {
  const a = record(MERGE_ERDO);
  const b = record(REJECT_SUPPORT);

  it.each(['jsonl', 'json'] as const)(
    'should round-trip %s, skipping records already in the log',
    (format) => {
      const text = exportCorrections([a, b], format);
      expect(planImport([], text, 'f')).toEqual({ records: [a, b], skipped: 0 });
      expect(planImport([a], text, 'f')).toEqual({ records: [b], skipped: 1 });
    },
  );

  it('should import nothing and name every bad or conflicting record', () => {
    const cycle = record({
      kind: 'merge',
      survivor: { id: 'erdo', name: 'Erdo' },
      merged: [{ id: 'recep-erdogan', name: 'R' }],
    });
    const text = exportCorrections([b, cycle], 'jsonl');
    expect(() => planImport([a], text, 'team.jsonl')).toThrow(CorrectionsImportError);
    expect(() => planImport([a], text, 'team.jsonl')).toThrow(
      new RegExp(`team.jsonl:2: ${cycle.id}: merge cycle`),
    );
    expect(() => planImport([], `${JSON.stringify(a)}\n{"v":1}\n`, 'x.jsonl')).toThrow(
      /x.jsonl:2: not a correction record/,
    );
  });
});
