import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DocumentInput, InputFormat, IntakeFailure } from './public-types';
import { readContent } from './reader/read-content';

const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
export const INPUT_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.jsonl',
  '.json',
  '.xml',
  '.rss',
  '.atom',
] as const;

export interface ReadInputsOptions {
  /** Document id for a single document (else JSONL ids or content hashes). */
  id?: string;
  /** Date for documents that carry none. */
  date?: string;
  maxFileBytes?: number;
}

const FORMATS: Record<string, InputFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** One file's documents and failures, as `streamInputs` yields them. */
export interface ReadUnit {
  inputs: DocumentInput[];
  failures: IntakeFailure[];
}

/** Reads files and folders (recursively) into documents; bad files/lines become failures and the batch goes on. */
export async function readInputs(
  paths: string[],
  options: ReadInputsOptions = {},
): Promise<{ inputs: DocumentInput[]; failures: IntakeFailure[] }> {
  const inputs: DocumentInput[] = [];
  const failures: IntakeFailure[] = [];
  for await (const unit of streamInputs(paths, options)) {
    inputs.push(...unit.inputs);
    failures.push(...unit.failures);
  }
  if (options.id && inputs.length === 1) inputs[0]!.id = options.id;
  else if (options.id) inputs.forEach((d, k) => (d.id ??= `${options.id}-${k + 1}`));
  return { inputs, failures };
}

/**
 * `readInputs` as a stream: folders are walked lazily (each folder's entries sorted, depth
 * first: the order of `readInputs`) and each file is read only when the consumer asks for the
 * next one, so memory holds one file at a time. `options.id` is not applied here (it depends on
 * the total count): `readInputs` applies it.
 */
export async function* streamInputs(
  paths: string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<ReadUnit> {
  for (const p of paths) {
    const files = walkFiles(p);
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = await files.next();
      } catch (error) {
        const err = error as NodeJS.ErrnoException;
        yield failed(
          p,
          err.code === 'ENOENT'
            ? 'no such file or folder: check the path'
            : `cannot read: ${err.message}`,
        );
        break;
      }
      if (next.done) break;
      const unit: ReadUnit = { inputs: [], failures: [] };
      const fail = (origin: string, message: string) =>
        unit.failures.push({ origin, message: `@kg/extractor/read-inputs: ${message}` });
      await readOne(next.value, options, unit.inputs, fail, unit.failures);
      // A page's own publication date (read at intake) beats the fallback: the extractor gets
      // options.date as its reference date instead.
      if (options.date)
        for (const d of unit.inputs) if (d.format !== 'html') d.date ??= options.date;
      yield unit;
    }
  }
}

const failed = (origin: string, message: string): ReadUnit => ({
  inputs: [],
  failures: [{ origin, message: `@kg/extractor/read-inputs: ${message}` }],
});

async function* walkFiles(p: string, explicit = true): AsyncGenerator<string> {
  const s = await stat(p);
  if (!s.isDirectory()) {
    if (explicit || (INPUT_EXTENSIONS as readonly string[]).includes(extname(p).toLowerCase()))
      yield p;
    return;
  }
  const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort();
  for (const e of entries) yield* walkFiles(join(p, e), false);
}

async function readOne(
  file: string,
  options: ReadInputsOptions,
  inputs: DocumentInput[],
  fail: (origin: string, message: string) => void,
  failures: IntakeFailure[],
): Promise<void> {
  const size = (await stat(file)).size;
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (size > max)
    return fail(
      file,
      `file is ${size} bytes, over the ${max}-byte limit: split it into smaller files`,
    );
  const buf = await readFile(file);
  if (buf.includes(0))
    return fail(file, 'binary file (NUL bytes): give a text, Markdown, HTML or JSONL file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return fail(file, 'invalid UTF-8: re-save the file as UTF-8');
  }
  if (text.trim() === '') return fail(file, 'empty file: nothing to extract');
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') return readJsonl(file, text, inputs, fail);
  if (ext === '.json') return readJson(file, text, inputs, fail);
  const read = readContent(
    text,
    file,
    FORMATS[ext] ?? (FEED_EXTENSIONS.has(ext) ? 'feed' : 'text'),
  );
  inputs.push(...read.inputs);
  failures.push(...read.failures);
}

function readJsonl(
  file: string,
  text: string,
  inputs: DocumentInput[],
  fail: (o: string, m: string) => void,
): void {
  text.split('\n').forEach((line, k) => {
    if (line.trim() === '') return;
    const origin = `${file}:${k + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      return fail(
        origin,
        `not valid JSON (${(err as Error).message}): each line must be one JSON object`,
      );
    }
    const doc = toInput(obj, origin);
    if (typeof doc === 'string') return fail(origin, doc);
    inputs.push(doc);
  });
}

function readJson(
  file: string,
  text: string,
  inputs: DocumentInput[],
  fail: (o: string, m: string) => void,
): void {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    return fail(file, `not valid JSON (${(err as Error).message})`);
  }
  const list = Array.isArray(obj) ? obj : ((obj as { documents?: unknown[] })?.documents ?? [obj]);
  list.forEach((item, k) => {
    const origin = Array.isArray(list) && list.length > 1 ? `${file}:[${k}]` : file;
    const doc = toInput(item, origin);
    if (typeof doc === 'string') fail(origin, doc);
    else inputs.push(doc);
  });
}

/** A JSONL/JSON record as a document, or an error message. */
function toInput(obj: unknown, origin: string): DocumentInput | string {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj))
    return 'expected an object like {"id": "...", "text": "..."}';
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string' || o.text.trim() === '')
    return 'missing "text": every record needs a non-empty "text" string';
  for (const k of ['id', 'title', 'date', 'source'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') return `"${k}" must be a string`;
  }
  const format = o.format === 'html' || o.format === 'markdown' ? o.format : 'text';
  return {
    text: o.text,
    format,
    origin,
    ...(o.id ? { id: o.id as string } : {}),
    ...(o.title ? { title: o.title as string } : {}),
    ...(o.date ? { date: o.date as string } : {}),
    ...(o.source ? { source: o.source as string } : {}),
  };
}
