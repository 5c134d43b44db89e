import { TimeHeap } from "./internal/TimeHeap.js";

/** Kinds of the events a `QueueCalendar` pops; also their order at equal times (completions first). */
export const QueueEvent = { COMPLETION: 0, TIMER: 1, ARRIVAL: 2 } as const;

/**
 * Pending events of a multi-server queue, specialised for its three kinds instead of one general heap:
 *
 * - **completions** (a server finishes; payload = server): a heap of at most one entry per busy server;
 * - **timers** (e.g. a waiting customer's patience runs out; payload = the caller's int32 ticket): a heap with lazy
 *   deletion: there is no cancel, the caller ignores a timer whose customer has already left (see `pop`);
 * - **the next arrival**: one time, since a Poisson (or any renewal) arrival stream is generated in time order
 *   and only its next arrival is ever pending.
 *
 * `pop` takes the earliest of the three heads. The order is the total key (time, kind, seq) of `EventCalendar`
 * with priorities COMPLETION < TIMER < ARRIVAL, seq counting schedules: so a model moved from `EventCalendar`
 * (with those priorities, cancelling the timers it now ignores) pops its live events in exactly the same order.
 *
 * NOTE: why: with 380 servers, `EventCalendar` spent half of the queue core's time sifting one heap of every
 * event through a slot indirection. Here the completion heap is smaller and sifts inline typed arrays; a server
 * that takes the next waiting customer has its completion replace the popped one in a single sift-down; the
 * arrival never enters a heap; and a waiting line's cancelled timers cost no bookkeeping. A heap of stale timers
 * holds at most the customers that joined the line within one patience horizon. Nothing is allocated per event.
 */
export class QueueCalendar {
  /** Time of the most recently popped event. Read-only by contract. */
  now = 0;
  /** `QueueEvent` kind of the most recently popped event, -1 before the first pop. Read-only by contract. */
  kind = -1;
  /** Payload of the most recently popped event (server, ticket or arrival payload). Read-only by contract. */
  payload = -1;

  private readonly completions: TimeHeap;
  private readonly timers: TimeHeap;
  private arrivalTime = Infinity;
  private arrivalPayload = 0;
  /** A popped completion is left at the root until the next call, so the server's next one replaces it. */
  private completionParked = false;
  private nextSeq = 0;

  /** @param servers completions held before the first doubling. */
  constructor(servers = 1024) {
    this.completions = new TimeHeap(servers);
    this.timers = new TimeHeap(1024);
  }

  /** Events pending, stale timers included. */
  get size(): number {
    return (
      this.completions.size -
      (this.completionParked ? 1 : 0) +
      this.timers.size +
      (this.arrivalTime === Infinity ? 0 : 1)
    );
  }

  /** Schedules a completion; `time` finite and not before `now`, `server` an int32 (else RangeError: a defect). */
  scheduleCompletion(time: number, server: number): void {
    checkTime(time, this.now);
    checkInt(server);
    if (this.completionParked) {
      this.completionParked = false;
      this.completions.replaceTop(time, this.nextSeq++, server);
    } else this.completions.push(time, this.nextSeq++, server);
  }

  /** Schedules a timer (never cancelled: the caller recognises and skips stale ones when they pop). */
  scheduleTimer(time: number, ticket: number): void {
    checkTime(time, this.now);
    checkInt(ticket);
    this.timers.push(time, this.nextSeq++, ticket);
  }

  /** Sets the next arrival; only one may be pending (RangeError otherwise). */
  scheduleArrival(time: number, payload = 0): void {
    checkTime(time, this.now);
    checkInt(payload);
    if (this.arrivalTime !== Infinity) throw new RangeError("QueueCalendar.scheduleArrival: an arrival is pending");
    this.arrivalTime = time;
    this.arrivalPayload = payload;
    // seq of an arrival: only one is ever pending, so no tie among arrivals needs it; it is still counted so that
    // completion and timer seqs match those of an EventCalendar given the same schedule calls.
    this.nextSeq++;
  }

  /**
   * Pops the earliest event into `now`, `kind` and `payload`; false (changing nothing) when none is left.
   * Timers are popped whether or not the caller still cares: it checks its own state and skips stale ones.
   */
  pop(): boolean {
    const completions = this.completions;
    if (this.completionParked) {
      this.completionParked = false;
      completions.removeTop();
    }
    const completionTime = completions.size > 0 ? completions.time[0]! : Infinity;
    const timers = this.timers;
    const timerTime = timers.size > 0 ? timers.time[0]! : Infinity;
    const arrivalTime = this.arrivalTime;
    if (completionTime <= timerTime && completionTime <= arrivalTime) {
      if (completionTime === Infinity) return false;
      this.now = completionTime;
      this.kind = QueueEvent.COMPLETION;
      this.payload = completions.payload[0]!;
      this.completionParked = true;
    } else if (timerTime <= arrivalTime) {
      this.now = timerTime;
      this.kind = QueueEvent.TIMER;
      this.payload = timers.payload[0]!;
      timers.removeTop();
    } else {
      this.now = arrivalTime;
      this.kind = QueueEvent.ARRIVAL;
      this.payload = this.arrivalPayload;
      this.arrivalTime = Infinity;
    }
    return true;
  }

  /** Empties the calendar and sets `now = startTime`, keeping the allocated capacity. */
  reset(startTime = 0): void {
    if (!Number.isFinite(startTime)) throw new RangeError(`QueueCalendar.reset: startTime must be finite`);
    this.completions.clear();
    this.timers.clear();
    this.completionParked = false;
    this.arrivalTime = Infinity;
    this.nextSeq = 0;
    this.now = startTime;
    this.kind = -1;
    this.payload = -1;
  }
}

function checkTime(time: number, now: number): void {
  if (!(time >= now) || time === Infinity) {
    throw new RangeError(`QueueCalendar: time must be finite and >= now (${now}), got ${time}`);
  }
}

/** Payloads are int32 (stored in Int32Arrays, so that `payload` stays a small integer for the caller's indexing). */
function checkInt(payload: number): void {
  if ((payload | 0) !== payload) throw new RangeError(`QueueCalendar: payload must be an int32, got ${payload}`);
}
