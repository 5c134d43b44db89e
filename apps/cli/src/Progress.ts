/**
 * Progress of a long run on stderr. On a terminal: a bar, once the run has taken more than a second, with the
 * elapsed time and an estimate of the time left, redrawn every second. Off a terminal (a CI log, `2> file`): plain
 * lines, the first two seconds after the work starts and then one every ten seconds while it runs, whether or not a
 * replication has finished since, so that a long run is never silent and a short one writes nothing.
 */
const FIRST_LINE_MS = 2_000;
const LINE_EVERY_MS = 10_000;
/** The bar appears after a second and is redrawn every second, so its elapsed time moves during a long replication. */
const BAR_AFTER_MS = 1_000;
const BAR_EVERY_MS = 1_000;

export class Progress {
  private readonly bar: boolean;
  private readonly lines: boolean;
  private started = Date.now();
  private shown = false;
  private running = false;
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
    if (this.running) return;
    this.running = true;
    this.started = Date.now();
    // From a timer, not only from `update`: one replication of a large centre can run for many minutes, and a
    // run that reports only when a replication ends looks hung (off a terminal it used to stop after its first line).
    this.schedule(this.lines ? FIRST_LINE_MS : BAR_AFTER_MS);
  }

  update(done: number, total = this.total): void {
    this.total = total;
    this.done_ = done;
    const now = Date.now();
    if (this.lines) {
      // Also from here, not only from the timer: a synchronous run (the queue command) blocks the timer.
      if (now >= this.nextLineAt()) this.line();
      return;
    }
    this.draw(now);
  }

  done(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.running = false;
    if (this.shown) process.stderr.write("\r\x1b[2K");
    this.shown = false;
  }

  /** When the next line is due: two seconds after the start, then ten seconds after the last line. */
  private nextLineAt(): number {
    return this.lastLineAt === 0 ? this.started + FIRST_LINE_MS : this.lastLineAt + LINE_EVERY_MS;
  }

  /** The next tick of the timer, which does not keep the process alive. */
  private schedule(delayMs: number): void {
    if (!this.lines && !this.bar) return;
    this.timer = setTimeout(() => this.tick(), Math.max(0, delayMs));
    this.timer.unref();
  }

  /** A line when one is due (an `update` may have written one since), or the bar redrawn with the elapsed time. */
  private tick(): void {
    this.timer = undefined;
    if (!this.running) return;
    const now = Date.now();
    if (this.lines) {
      if (now >= this.nextLineAt()) this.line();
      this.schedule(this.nextLineAt() - Date.now());
      return;
    }
    this.draw(now);
    this.schedule(BAR_EVERY_MS);
  }

  private draw(now: number): void {
    const elapsedSec = (now - this.started) / 1000;
    if (!this.bar || (elapsedSec < 1 && !this.shown)) return;
    this.shown = true;
    const width = 30;
    const filled = Math.round((width * this.done_) / Math.max(1, this.total));
    process.stderr.write(
      `\r${this.label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.done_}/${this.total} (${this.timing(elapsedSec)})\x1b[K`,
    );
  }

  private line(): void {
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
