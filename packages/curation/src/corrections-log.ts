import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { CorrectionRecordSchema, parseLogLine, type CorrectionRecord } from '@kg/schema';
import { CorrectionsLogError } from './errors';

/** The corrections log's file name inside the data directory (beside the store). */
export const CORRECTIONS_LOG_FILE = 'corrections.log.jsonl';

export const correctionsLogPath = (dataDir: string): string => join(dataDir, CORRECTIONS_LOG_FILE);

export interface LogRead {
  records: CorrectionRecord[];
  /** Invalid lines skipped and a torn last line ignored, each naming its line. */
  warnings: string[];
  /** Bytes up to the end of the last complete line. */
  completeBytes: number;
}

/**
 * Reads the corrections log at `path` (a missing file reads as empty). A complete line that is
 * not a valid record is skipped with a warning naming it; an unterminated last line is an append
 * cut short by a crash: ignored with a warning (it was never acknowledged).
 */
export function readCorrectionsLog(path: string): LogRead {
  if (!existsSync(path)) return { records: [], warnings: [], completeBytes: 0 };
  const buffer = readFileSync(path);
  const end = buffer.lastIndexOf(0x0a) + 1;
  const warnings: string[] = [];
  const records: CorrectionRecord[] = [];
  const lines = buffer.subarray(0, end).toString('utf8').split('\n');
  lines.forEach((text, i) => {
    const line = parseLogLine(
      text,
      CorrectionRecordSchema,
      `${path}:${i + 1}`,
      'a correction record',
    );
    if (line && 'warning' in line) warnings.push(line.warning);
    else if (line) records.push(line.value);
  });
  if (end < buffer.length) {
    warnings.push(
      `${path}:${lines.length}: last line is incomplete (${buffer.length - end} bytes, an append cut short by a crash): ignored`,
    );
  }
  return { records, warnings, completeBytes: end };
}

/**
 * The append-only corrections log: one JSON record per line, appended with one write and one
 * fsync, never rewritten (a torn last line is cut off before the next append). Reads follow
 * appends made by other processes (`kg corrections import` beside a running server).
 */
export class CorrectionsLog {
  private cache: { size: number; read: LogRead } | undefined;

  constructor(readonly path: string) {}

  static forDataDir(dataDir: string): CorrectionsLog {
    return new CorrectionsLog(correctionsLogPath(dataDir));
  }

  /** Every valid record, in log order, and the reader's warnings. */
  read(): LogRead {
    const size = existsSync(this.path) ? statSync(this.path).size : 0;
    if (this.cache?.size !== size) this.cache = { size, read: readCorrectionsLog(this.path) };
    return this.cache.read;
  }

  records(): CorrectionRecord[] {
    return this.read().records;
  }

  /** Appends the records durably, as one write; nothing is written when it fails. */
  append(records: CorrectionRecord[]): void {
    if (!records.length) return;
    const data = Buffer.from(`${records.map((r) => JSON.stringify(r)).join('\n')}\n`, 'utf8');
    let fd: number | undefined;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      fd = openSync(this.path, 'a+');
      const { completeBytes } = readCorrectionsLog(this.path);
      const before = fstatSync(fd).size;
      if (before > completeBytes) ftruncateSync(fd, completeBytes);
      try {
        for (let done = 0; done < data.length; )
          done += writeSync(fd, data, done, data.length - done);
        fsyncSync(fd);
      } catch (err) {
        ftruncateSync(fd, completeBytes);
        throw err;
      }
    } catch (err) {
      throw new CorrectionsLogError(
        'log',
        `cannot append to ${this.path}: ${String(err)}; the correction was not recorded (free disk space or fix the file's permissions, then try again)`,
        { cause: err },
      );
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    this.cache = undefined;
  }
}
