/**
 * Contacts waiting for an agent, in arrival order, with the data each needs when it is answered or abandons.
 *
 * Contacts are addressed by a ticket: a monotone integer given at join time. The ticket also travels as the
 * payload of the contact's abandonment event, so an abandonment marks its contact in O(1) and the contact is
 * skipped when it reaches the head of the line (mark and skip: nothing is ever searched or removed mid-line).
 *
 * NOTE: storage is a power-of-two ring indexed by `ticket & mask`; on growth entries are re-placed by ticket, so
 * a ticket stays valid for the whole run without a free list or per-contact objects.
 */
export class WaitingLine {
  private mask: number;
  private arrivalTime: Float64Array;
  private handleTime: Float64Array;
  private abandonHandle: Float64Array;
  private flags: Uint8Array;
  /** Ticket of the oldest entry still stored (may be an abandoned one not yet skipped). */
  private head = 0;
  /** Ticket the next joining contact gets. */
  private tail = 0;
  /** Contacts still waiting (joined and neither answered nor abandoned). */
  waiting = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.mask = capacity - 1;
    this.arrivalTime = new Float64Array(capacity);
    this.handleTime = new Float64Array(capacity);
    this.abandonHandle = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** Adds a contact at the back; returns its ticket. `flags` bit 0 = measured (set by the caller). */
  join(arrivalTime: number, handleTime: number, measured: boolean): number {
    if (this.tail - this.head > this.mask) this.grow();
    const ticket = this.tail++;
    const slot = ticket & this.mask;
    this.arrivalTime[slot] = arrivalTime;
    this.handleTime[slot] = handleTime;
    this.abandonHandle[slot] = -1;
    this.flags[slot] = measured ? MEASURED : 0;
    this.waiting++;
    return ticket;
  }

  setAbandonHandle(ticket: number, handle: number): void {
    this.abandonHandle[ticket & this.mask] = handle;
  }

  /** Marks the contact as gone; it is skipped later. Returns its arrival time. */
  abandon(ticket: number): number {
    const slot = ticket & this.mask;
    // NOTE: slot is masked to the ring's size, so the element exists; the hot path skips the check.
    this.flags[slot]! |= GONE;
    this.waiting--;
    return this.arrivalTime[slot]!;
  }

  /**
   * True while the contact still waits (neither answered nor abandoned). Exact for any ticket ever issued, so a
   * lazily deleted timer can ask: tickets below `head` have left the ring, and the ring holds no other ticket
   * in the same place.
   */
  isWaiting(ticket: number): boolean {
    return ticket >= this.head && (this.flags[ticket & this.mask]! & GONE) === 0;
  }

  isMeasured(ticket: number): boolean {
    return (this.flags[ticket & this.mask]! & MEASURED) !== 0;
  }

  /**
   * Removes the oldest contact still waiting and returns its ticket, or -1 when nobody waits. The ticket's data
   * (arrivalTimeOf, handleTimeOf, abandonHandleOf) stays readable until the next join.
   */
  next(): number {
    if (this.waiting === 0) {
      this.head = this.tail;
      return -1;
    }
    while ((this.flags[this.head & this.mask]! & GONE) !== 0) this.head++;
    const ticket = this.head++;
    this.flags[ticket & this.mask]! |= GONE;
    this.waiting--;
    return ticket;
  }

  arrivalTimeOf(ticket: number): number {
    return this.arrivalTime[ticket & this.mask]!;
  }

  handleTimeOf(ticket: number): number {
    return this.handleTime[ticket & this.mask]!;
  }

  abandonHandleOf(ticket: number): number {
    return this.abandonHandle[ticket & this.mask]!;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const mask = capacity - 1;
    const arrivalTime = new Float64Array(capacity);
    const handleTime = new Float64Array(capacity);
    const abandonHandle = new Float64Array(capacity);
    const flags = new Uint8Array(capacity);
    for (let ticket = this.head; ticket < this.tail; ticket++) {
      const from = ticket & this.mask;
      const to = ticket & mask;
      arrivalTime[to] = this.arrivalTime[from]!;
      handleTime[to] = this.handleTime[from]!;
      abandonHandle[to] = this.abandonHandle[from]!;
      flags[to] = this.flags[from]!;
    }
    this.mask = mask;
    this.arrivalTime = arrivalTime;
    this.handleTime = handleTime;
    this.abandonHandle = abandonHandle;
    this.flags = flags;
  }
}

const MEASURED = 1;
const GONE = 2;
