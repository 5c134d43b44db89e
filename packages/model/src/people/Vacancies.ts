/**
 * Open vacancies, oldest first, with the statistics of the ones filled: a hire always closes the oldest open
 * vacancy, so time to fill is measured from the day that vacancy opened.
 */
export class Vacancies {
  private openedOn: number[] = [];
  private head = 0;
  filledThisMonth = 0;
  daysToFillThisMonth = 0;
  filledWithin30DaysThisMonth = 0;

  get open(): number {
    return this.openedOn.length - this.head;
  }

  openMany(count: number, day: number): void {
    for (let i = 0; i < count; i++) this.openedOn.push(day);
  }

  /** Closes the oldest open vacancy on `day` (caller checks that one is open). */
  fill(day: number): void {
    const days = day - this.openedOn[this.head++]!;
    this.filledThisMonth++;
    this.daysToFillThisMonth += days;
    if (days <= 30) this.filledWithin30DaysThisMonth++;
    // NOTE: compact occasionally so the array does not grow with the horizon.
    if (this.head > 1024 && this.head * 2 > this.openedOn.length) {
      this.openedOn = this.openedOn.slice(this.head);
      this.head = 0;
    }
  }

  resetMonth(): void {
    this.filledThisMonth = 0;
    this.daysToFillThisMonth = 0;
    this.filledWithin30DaysThisMonth = 0;
  }

  /** Mean age in days of the vacancies open on `day` (0 when none is open): what recruiting effort reacts to. */
  meanAgeDays(day: number): number {
    if (this.open === 0) return 0;
    let total = 0;
    for (let i = this.head; i < this.openedOn.length; i++) total += day - this.openedOn[i]!;
    return total / this.open;
  }
}
