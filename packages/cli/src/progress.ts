import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

/** A progress bar on stderr when it is a TTY, else periodic plain lines (CI logs stay readable). */
export function createProgress(
  title: string,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${title} [{bar}] {percentage}% | {value}/{total} {label}`,
        stream,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, label = '') {
        if (!started) {
          bar.start(total, done, { label });
          started = true;
        } else bar.update(done, { label });
        bar.setTotal(total);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastPrinted = -1;
  return {
    update(done, total, label = '') {
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (pct === lastPrinted || (pct % 10 !== 0 && done !== total)) return;
      lastPrinted = pct;
      stream.write(`${title}: ${done}/${total} (${pct}%) ${label}\n`);
    },
    stop() {},
  };
}
