import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { intFlag, UsageError } from '../args';
import { str, type CommandSpec } from '../command-spec';
import { connect } from '../live/connect';
import { formatWatchSummary, watchFolder } from '../live/watch-folder';
import { createWatchSink } from '../live/watch-sink';

/** `kg watch FOLDER [--new-only] [--delete] [--date D] [--debounce MS] [--json]`. */
export const watchSpec: CommandSpec = {
  name: 'watch',
  summary: 'ingest the files of a folder as they appear or change (Ctrl+C stops it)',
  args: '[FOLDER]',
  options: [
    ['--new-only', 'skip the files already there; ingest only new and changed ones'],
    ['--delete', 'a removed file deletes its documents (and a changed file its earlier ones)'],
    ['--date <YYYY-MM-DD>', 'date for documents that carry none'],
    ['--debounce <ms>', 'quiet time before a burst of changes is processed (default 300)'],
    ['--json', 'at exit, print the summary as one JSON object'],
  ],
  examples: ['kg watch inbox/', 'kg watch ~/news --new-only --delete'],
  notes:
    'Files: .txt .md .html .htm .json .jsonl .xml .rss .atom, in FOLDER and its subfolders.\n' +
    'A file is read once its size has been stable for 0.5 s; a save with the same content is\n' +
    'skipped. Removed files are logged; with --delete their documents are deleted too.\n' +
    'With a `kg serve`/`kg start` of the same KG_DATA_DIR running, documents go to it and its\n' +
    'viewers are told the graph changed; otherwise kg watch holds the store itself.',
  async run(args, opts, io) {
    if (args.length !== 1) throw new UsageError('watch', 'give exactly one folder to watch');
    const folder = resolve(io.cwd, args[0]!);
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      throw new UsageError('watch', `no such folder: ${folder} (create it, or check the path)`);
    }
    if (!isDir) throw new UsageError('watch', `${folder} is a file: give the folder it is in`);
    const date = str(opts.date);
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new UsageError('watch', `--date must be YYYY-MM-DD (got "${date}")`);
    const debounceMs = intFlag('watch', 'debounce', str(opts.debounce), 300, 0, 60_000);
    const sink = createWatchSink(await connect('watch', io), { date });
    const log = (line: string) => io.stderr.write(`kg watch: ${line}\n`);
    const watcher = watchFolder(folder, sink, {
      newOnly: opts.newOnly === true,
      deleteRemoved: opts.delete === true,
      date,
      debounceMs,
      log,
    });
    await watcher.ready;
    log(`watching ${folder} into ${sink.where} (Ctrl+C to stop)`);
    const signal = await new Promise<string>((done) => {
      process.once('SIGINT', () => done('SIGINT'));
      process.once('SIGTERM', () => done('SIGTERM'));
    });
    log(`${signal} received, finishing the file in progress...`);
    const summary = await watcher.stop();
    await sink.close();
    io.stdout.write(
      opts.json ? `${JSON.stringify(summary)}\n` : `${formatWatchSummary(summary)}\n`,
    );
    return 0;
  },
};
