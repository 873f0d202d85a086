import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { DocumentLogEntrySchema, parseLogLine, type DocumentLogEntry } from '@kg/schema';

const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

export interface LogScan {
  /** Problems met (invalid lines skipped, a torn last line ignored), each naming its line. */
  warnings: string[];
  /** Bytes up to the end of the last complete line (where the next append goes). */
  completeBytes: number;
  /** Bytes of an unterminated last line: an append cut short by a crash. */
  tornBytes: number;
}

/**
 * Reads the document log at `path` line by line (a chunk at a time, never the whole file),
 * calling `visit` with each valid entry in order. Invalid lines are skipped with a warning; an
 * unterminated last line is a torn append (the process died while writing it, before its
 * document reached the store) and is ignored with a warning. A missing file reads as empty.
 */
export function scanDocumentLog(
  path: string,
  visit: (entry: DocumentLogEntry, line: number) => void,
): LogScan {
  const scan: LogScan = { warnings: [], completeBytes: 0, tornBytes: 0 };
  if (!existsSync(path)) return scan;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let carry: Buffer[] = [];
    let carryBytes = 0;
    let line = 0;
    let offset = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, offset);
      if (n === 0) break;
      offset += n;
      let start = 0;
      for (let nl = buffer.indexOf(NEWLINE, 0); nl !== -1 && nl < n; ) {
        const piece = buffer.subarray(start, nl);
        const bytes = carryBytes ? Buffer.concat([...carry, piece]) : piece;
        line++;
        readLine(bytes.toString('utf8'), `${path}:${line}`, (e) => visit(e, line), scan.warnings);
        scan.completeBytes += bytes.length + 1;
        carry = [];
        carryBytes = 0;
        start = nl + 1;
        nl = buffer.indexOf(NEWLINE, start);
      }
      if (start < n) {
        carry.push(Buffer.from(buffer.subarray(start, n)));
        carryBytes += n - start;
      }
    }
    if (carryBytes > 0) {
      scan.tornBytes = carryBytes;
      scan.warnings.push(
        `${path}:${line + 1}: last line is incomplete (${carryBytes} bytes, an append cut short by a crash): ignored; its document never reached the store`,
      );
    }
  } finally {
    closeSync(fd);
  }
  return scan;
}

function readLine(
  text: string,
  where: string,
  visit: (entry: DocumentLogEntry) => void,
  warnings: string[],
): void {
  const line = parseLogLine(text, DocumentLogEntrySchema, where, 'a document log entry');
  if (line && 'warning' in line) warnings.push(line.warning);
  else if (line) visit(line.value);
}
