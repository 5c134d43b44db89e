/**
 * One chat agent's open sessions under contact fidelity's routing. Free sessions wait in one first-in-first-out
 * list of all chat agents (`AgentSlots`), and whenever one of an agent's sessions ends the agent puts all its free
 * sessions back at the tail together (`ContactFidelity.advertise`). So its free sessions are refilled together, a
 * delay D after its last session ended (the list's length over the arrival rate, which varies little), unless
 * another of its sessions ends first. With exponential session times of mean S and x = D / S, an agent at
 * concurrency k spends time in proportion to 1/k holding k sessions, (1 - e^(-n x)) / n times the visits to n for
 * 0 < n < k, and x times the visits to none; it reaches n - 1 from n unless refilled first (chance e^(-n x)).
 * Checked against an instrumented contact fidelity (docs/model.md, "Interval fidelity"): the chat-only agents'
 * shares holding 0 / 1 / 2 sessions agree within 0.03 at busy shares 0.42-0.91 (MTS, pay-schemes at 1, 8 and 20
 * times its volume, the small centre), where independent sessions (binomial) are off by up to 0.15.
 */
const GRID = 1024;
const delays = new Map<number, Float64Array>();

/** Busy share of the agent's k sessions at refill delay x (in handle times). */
export function sessionBusyShare(x: number, k: number): number {
  let visits = 1,
    total = 1 / k,
    busy = 1;
  for (let n = k - 1; n >= 0; n--) {
    const refill = n > 0 ? Math.exp(-n * x) : 1;
    const time = n > 0 ? (1 - refill) / n : x;
    total += visits * time;
    busy += n * visits * time;
    visits *= 1 - refill;
  }
  return busy / total / k;
}

/** The refill delay x (in handle times) at which the sessions' busy share is `rho`: tabulated once per k. */
export function refillDelay(rho: number, k: number): number {
  if (!(rho > 0)) return Infinity;
  if (rho >= 1) return 0;
  let table = delays.get(k);
  if (table === undefined) {
    table = new Float64Array(GRID + 1);
    table[0] = 1e9;
    for (let i = 1; i < GRID; i++) {
      let lo = 1e-9,
        hi = 1e9;
      // The busy share falls as the delay grows: bisect in log scale.
      for (let it = 0; it < 100; it++) {
        const mid = Math.sqrt(lo * hi);
        if (sessionBusyShare(mid, k) > i / GRID) lo = mid;
        else hi = mid;
      }
      table[i] = Math.sqrt(lo * hi);
    }
    delays.set(k, table);
  }
  const at = rho * GRID,
    i = Math.floor(at);
  const lo = table[i]!,
    hi = table[i + 1]!;
  return lo + (at - i) * (hi - lo);
}

/**
 * Expected time (in handle times) from one open session to none, at refill delay x and concurrency k: how long an
 * agent that took one chat stays holding chats. E_n = (1 - e^(-n x)) / n + e^(-n x) E_k + (1 - e^(-n x)) E_(n-1)
 * for 0 < n < k, E_k = 1 / k + E_(k-1), E_0 = 0, solved as E_n = a_n + b_n E_k.
 */
export function timeToEmpty(x: number, k: number): number {
  if (k <= 1) return 1;
  if (!(x > 0)) return Infinity;
  let a = 0,
    b = 0,
    a1 = 0,
    b1 = 0;
  for (let n = 1; n < k; n++) {
    const q = Math.exp(-n * x);
    a = (1 - q) / n + (1 - q) * a;
    b = q + (1 - q) * b;
    if (n === 1) {
      a1 = a;
      b1 = b;
    }
  }
  const full = (1 / k + a) / (1 - b);
  return a1 + b1 * full;
}

/**
 * Busy share of the sessions of a chat agent at refill delay x (in handle times), counted over the time it holds
 * at least one: a multi-skilled agent holding chats whose last session ends is no longer in the chat mode (it is
 * idle, on both lists), so the chain's state 0 is not part of its time holding chats.
 */
export function sessionBusyShareHolding(x: number, k: number): number {
  let visits = 1,
    total = 1 / k,
    busy = 1;
  for (let n = k - 1; n >= 1; n--) {
    const refill = Math.exp(-n * x);
    const time = (1 - refill) / n;
    total += visits * time;
    busy += n * visits * time;
    visits *= 1 - refill;
  }
  return busy / total / k;
}

const ALPHA_GRID = 32;
const mixedTimes = new Map<number, Float64Array>();

/**
 * `timeToEmpty` at the refill delay that makes the holders' sessions as busy as `rho` (carried chat Erlangs over
 * the holders' slots), where a share `alpha` of the holders are chat-only agents (whose time counts the chain's
 * state 0, waiting for a refill) and the rest multi-skilled agents in the chat mode (whose time does not,
 * `sessionBusyShareHolding`). One list of free sessions serves both, so both see the same refill delay.
 * Tabulated once per k over (alpha, rho) and interpolated.
 */
export function timeToEmptyMixed(rho: number, k: number, alpha: number): number {
  if (k <= 1) return 1;
  if (rho >= 1) return Infinity;
  // NOTE: the chat mode calls this four times per interval, always at the same k: the table is kept at hand rather
  // than looked up by k each time.
  if (k !== lastK) {
    lastTable = mixedTimesTable(k);
    lastK = k;
  }
  return interpolateMixed(lastTable, k, rho, alpha);
}

/** The table of the last k `timeToEmptyMixed` was asked for (0: none yet). */
let lastK = 0;
let lastTable: Float64Array = new Float64Array(0);

/**
 * The table of `timeToEmptyMixed` at concurrency k (> 1), one per k for the process. Its entries are worked out on
 * first use (NaN until then): a year of the reference centre visits 7,287 of its 33,825, and the whole table took
 * about 0.15 s, paid again by every worker thread.
 */
function mixedTimesTable(k: number): Float64Array {
  let table = mixedTimes.get(k);
  if (table === undefined) {
    table = new Float64Array((ALPHA_GRID + 1) * (GRID + 1)).fill(Number.NaN);
    mixedTimes.set(k, table);
  }
  return table;
}

/** Entry j of the table at k: alpha = a / ALPHA_GRID, busy share i / GRID, for j = a (GRID + 1) + i. */
function mixedEntry(table: Float64Array, k: number, j: number): number {
  const a = Math.floor(j / (GRID + 1)),
    i = j - a * (GRID + 1);
  const al = a / ALPHA_GRID,
    target = i / GRID;
  let lo = 1e-9,
    hi = 1e9;
  // 48 halvings of the 41 e-folds between the bounds leave x within 2e-13 of itself, relative.
  for (let it = 0; it < 48; it++) {
    const mid = Math.sqrt(lo * hi);
    const share = al * sessionBusyShare(mid, k) + (1 - al) * sessionBusyShareHolding(mid, k);
    if (share > target) lo = mid;
    else hi = mid;
  }
  const value = i === GRID ? Infinity : timeToEmpty(Math.sqrt(lo * hi), k);
  table[j] = value;
  return value;
}

/** `timeToEmptyMixed` from its table at k, for rho below 1: bilinear in (alpha, rho). */
function interpolateMixed(table: Float64Array, k: number, rho: number, alpha: number): number {
  const r = Math.max(0, rho) * GRID,
    i = Math.min(GRID - 2, Math.floor(r)),
    fi = Math.min(1, r - i);
  const s = Math.max(0, Math.min(1, alpha)) * ALPHA_GRID,
    a = Math.min(ALPHA_GRID - 1, Math.floor(s)),
    fa = s - a;
  const low = a * (GRID + 1) + i,
    high = low + GRID + 1;
  // NOTE: entries not yet worked out are filled in first and all four then read from the table, rather than each
  // taken from `mixedEntry`'s result: a value that may come from a call was boxed (a heap number) even when read
  // from the table. A quarter of the chat mode's allocations (1.03 -> 0.78 KB a step on MTS), ~1% of its time.
  if (Number.isNaN(table[low]!)) mixedEntry(table, k, low);
  if (Number.isNaN(table[low + 1]!)) mixedEntry(table, k, low + 1);
  if (Number.isNaN(table[high]!)) mixedEntry(table, k, high);
  if (Number.isNaN(table[high + 1]!)) mixedEntry(table, k, high + 1);
  const t00 = table[low]!,
    t01 = table[low + 1]!,
    t10 = table[high]!,
    t11 = table[high + 1]!;
  const lowA = t00 + fi * (t01 - t00),
    highA = t10 + fi * (t11 - t10);
  return lowA + fa * (highA - lowA);
}
