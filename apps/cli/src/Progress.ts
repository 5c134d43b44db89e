/** A one-line progress counter on stderr, shown only on a terminal so piped output stays clean. */
export class Progress {
  private readonly enabled: boolean;

  constructor(private readonly label: string, private readonly total: number, wanted: boolean) {
    this.enabled = wanted && process.stderr.isTTY === true;
  }

  update(done: number): void {
    if (this.enabled) process.stderr.write(`\r${this.label}: ${done}/${this.total}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write("\r\x1b[2K");
  }
}
