import {
  readContent,
  readInputs,
  streamInputs,
  type DocumentInput,
  type IntakeFailure,
  type ReadUnit,
} from '@kg/extractor';
import { DEFAULT_FETCH_LIMITS, fetchUrl, isUrl, type FetchLimits } from './fetch-url';

export interface ReadSourcesOptions {
  id?: string;
  date?: string;
  limits?: Partial<FetchLimits>;
}

/** URLs fetched at once. */
const CONCURRENCY = 4;

/**
 * Files, folders and http(s) URLs as documents. A URL may be an article page, a feed (one
 * document per item) or plain text; a page's id is its final URL. A URL or file that cannot be
 * read is a failure naming it, and the others go on.
 */
export async function readSources(
  args: string[],
  options: ReadSourcesOptions = {},
): Promise<{ inputs: DocumentInput[]; failures: IntakeFailure[] }> {
  const urls = args.filter(isUrl);
  const paths = args.filter((a) => !isUrl(a));
  const files =
    paths.length > 0
      ? await readInputs(paths, { id: options.id, date: options.date })
      : { inputs: [], failures: [] };
  const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  const fetched: Array<{ inputs: DocumentInput[]; failures: IntakeFailure[] }> = [];
  for (let i = 0; i < urls.length; i += CONCURRENCY) {
    fetched.push(
      ...(await Promise.all(urls.slice(i, i + CONCURRENCY).map((u) => readUrl(u, limits)))),
    );
  }
  return {
    inputs: [...files.inputs, ...fetched.flatMap((f) => f.inputs)],
    failures: [...files.failures, ...fetched.flatMap((f) => f.failures)],
  };
}

/**
 * `readSources` as a stream of read units (one per file or URL), in the same order: files and
 * folders first, read one file at a time as the consumer asks, then URLs, 4 fetched at once.
 * `options.id` is not supported here (it depends on the total count).
 */
export async function* streamSources(
  args: string[],
  options: Omit<ReadSourcesOptions, 'id'> = {},
): AsyncGenerator<ReadUnit> {
  const urls = args.filter(isUrl);
  const paths = args.filter((a) => !isUrl(a));
  yield* streamInputs(paths, { date: options.date });
  const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  for (let i = 0; i < urls.length; i += CONCURRENCY) {
    yield* await Promise.all(urls.slice(i, i + CONCURRENCY).map((u) => readUrl(u, limits)));
  }
}

async function readUrl(url: string, limits: FetchLimits): Promise<ReadUnit> {
  try {
    const page = await fetchUrl(url, limits);
    if (page.text.trim() === '')
      return {
        inputs: [],
        failures: [{ origin: url, message: '@kg/cli/fetch-url: empty answer: nothing to extract' }],
      };
    const read = readContent(page.text, url, page.hint);
    const single = read.inputs.length === 1 && read.inputs[0]!.id === undefined;
    if (single && page.url.length <= 200) read.inputs[0]!.id = page.url;
    return read;
  } catch (error) {
    return { inputs: [], failures: [{ origin: url, message: (error as Error).message }] };
  }
}
