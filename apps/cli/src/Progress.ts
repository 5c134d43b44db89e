/**
 * Progress of a long run on stderr. On a terminal: a bar, once the run has taken more than a second, with the
 * elapsed time and an estimate of the time left. Off a terminal (a CI log, `2> file`): plain lines, the first two
 * seconds after the work starts and then at most one every ten seconds, so that a long run is never silent and a
 * short one writes nothing.
 */
const FIRST_LINE_MS = 2_000;
const LINE_EVERY_MS = 10_000;

export class Progress {
  private readonly bar: boolean;
  private readonly lines: boolean;
  private started = Date.now();
  private shown = false;
  private done_ = 0;
  private lastLineAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly label: string,
    private total: number,
    wanted: boolean,
  ) {
    this.bar = wanted && process.stderr.isTTY === true;
    this.lines = wanted && process.stderr.isTTY !== true;
  }

  /** The work begins now (the clock for the first line starts); later calls only update the total. */
  start(total: number): void {
    this.total = total;
    if (this.timer !== undefined || this.lastLineAt > 0) return;
    this.started = Date.now();
    if (!this.lines) return;
    // The first line comes from a timer: the first replication alone may take longer than two seconds.
    this.timer = setTimeout(() => this.line(), FIRST_LINE_MS);
    this.timer.unref();
  }

  update(done: number, total = this.total): void {
    this.total = total;
    this.done_ = done;
    const now = Date.now();
    if (this.lines) {
      // Also from here, not only from the timer: a synchronous run (the queue command) blocks the timer.
      const due = this.lastLineAt === 0 ? this.started + FIRST_LINE_MS : this.lastLineAt + LINE_EVERY_MS;
      if (now >= due) this.line();
      return;
    }
    const elapsedSec = (now - this.started) / 1000;
    if (!this.bar || (elapsedSec < 1 && !this.shown)) return;
    this.shown = true;
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    process.stderr.write(
      `\r${this.label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} (${this.timing(elapsedSec)})\x1b[K`,
    );
  }

  done(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.shown) process.stderr.write("\r\x1b[2K");
    this.shown = false;
  }

  private line(): void {
    this.timer = undefined;
    this.lastLineAt = Date.now();
    const elapsedSec = (this.lastLineAt - this.started) / 1000;
    process.stderr.write(`${this.label}: ${this.done_}/${this.total} done (${this.timing(elapsedSec)})\n`);
  }

  private timing(elapsedSec: number): string {
    const done = this.done_;
    const leftSec = done > 0 ? (elapsedSec * (this.total - done)) / done : NaN;
    return `${elapsedSec.toFixed(0)} s${Number.isFinite(leftSec) ? `, ~${Math.ceil(leftSec)} s left` : ""}`;
  }
}
