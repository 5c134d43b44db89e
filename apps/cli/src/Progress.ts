/**
 * A progress bar on stderr, shown only on a terminal (piped output stays clean) and only once a run has taken
 * more than a second, with the elapsed time and an estimate of the time left.
 */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly label: string,
    private total: number,
    wanted: boolean,
  ) {
    this.enabled = wanted && process.stderr.isTTY === true;
  }

  update(done: number, total = this.total): void {
    this.total = total;
    const elapsedSec = (Date.now() - this.started) / 1000;
    if (!this.enabled || (elapsedSec < 1 && !this.shown)) return;
    this.shown = true;
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    const leftSec = done > 0 ? (elapsedSec * (total - done)) / done : NaN;
    const eta = Number.isFinite(leftSec) ? `, ~${Math.ceil(leftSec)} s left` : "";
    process.stderr.write(
      `\r${this.label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} (${elapsedSec.toFixed(0)} s${eta})\x1b[K`,
    );
  }

  done(): void {
    if (this.shown) process.stderr.write("\r\x1b[2K");
    this.shown = false;
  }
}
