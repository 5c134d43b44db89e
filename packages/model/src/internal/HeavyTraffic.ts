import { normalCdf } from "./normalCdf.js";

/**
 * The M/M/n+M (Erlang A) quantities the chat mode's flows need (`ChatMode`), by the heavy-traffic limit of Garnett,
 * Mandelbaum and Reiman (2002). With beta = (n - A) / sqrt(A), r = sqrt(handle time / patience) and h the standard
 * normal hazard rate: P(wait) = 1 / (1 + r h(beta / r) / h(-beta)) (r = 0: Halfin and Whitt's Erlang C limit), and
 * P(abandon) = P(wait) (r / sqrt(n)) (h(beta / r) - beta / r). Rates of flow here, not outcomes (those are exact
 * Erlang A, `IntervalOutcomes`): exact Erlang A at every server count the share passes through cost about 16
 * evaluations per interval on the MTS file; the limit lies within 0.01-0.04 of it from 10 servers up.
 */
export class Queue {
  /** Offered load in Erlangs, its square root, and r = sqrt(handle time / patience) (0: nobody abandons). */
  erlangs = 0;
  root = 0;
  r = 0;
  /** P(wait) and P(abandon) on the servers of the last `at`. */
  wait = 0;
  abandon = 0;

  /**
   * The queue of `erlangs` at mean patience `patienceOverAht` handle times.
   * NOTE: set in place, not a new object per interval: the chat mode sets two queues per step, 20,000 a year.
   */
  set(erlangs: number, patienceOverAht: number): this {
    this.erlangs = erlangs;
    this.root = Math.sqrt(erlangs);
    this.r = patienceOverAht > 0 && Number.isFinite(patienceOverAht) ? Math.sqrt(1 / patienceOverAht) : 0;
    return this;
  }

  /**
   * P(wait) and P(abandon) on `servers` servers, into `wait` and `abandon`.
   * NOTE: in one pass, as both need the hazard at beta / r (the chat mode asks for both six times per interval).
   */
  at(servers: number): void {
    this.abandon = 0;
    if (!(this.erlangs > 0)) {
      this.wait = 0;
      return;
    }
    if (!(servers > 0)) {
      this.wait = 1;
      return;
    }
    const r = this.r,
      beta = (servers - this.erlangs) / this.root;
    if (!(r > 0)) {
      this.wait = 1 / (1 + Math.max(0, beta) / hazard(-beta));
      return;
    }
    const scaled = beta / r,
      h = hazard(scaled);
    const wait = 1 / (1 + (r * h) / hazard(-beta));
    this.wait = wait;
    this.abandon = Math.min(1, wait * (r / Math.sqrt(servers)) * (h - scaled));
  }
}

/** P(wait) of `erlangs` on `servers` at patience `patienceOverAht` handle times (a test's entry point). */
export function waitChance(erlangs: number, servers: number, patienceOverAht: number): number {
  const q = new Queue().set(erlangs, patienceOverAht);
  q.at(servers);
  return q.wait;
}

/**
 * The chance that none of a queue's idle servers is one of a share `share` of them, given that nobody waits:
 * E[(1 - m)^J | B <= n] over J = n - B idle servers, B the busy ones, Poisson(A) (the states without a queue of
 * an M/M/n whose idle servers are a random draw). Summed term by term down from B = n, where the terms that
 * matter lie: each step multiplies a term by (1 - m) b / A, so the sum stops once the terms are negligible.
 */
export function noIdleOf(erlangs: number, servers: number, share: number): number {
  if (!(share > 0)) return 1;
  if (!(erlangs > 0) || !(servers > 0)) return share >= 1 ? 0 : (1 - share) ** Math.max(0, servers);
  const n = Math.floor(servers),
    m = Math.min(1, share);
  // Terms relative to P(B = n); their scale cancels in the ratio.
  let pmf = 1,
    num = 1,
    den = 1;
  const perErlang = 1 / erlangs,
    keep = 1 - m;
  let b = n,
    term = 1;
  // Both sums run down from B = n. Each term of the weighted one is (1 - m) b / A times the last, so it falls once b
  // is below A / (1 - m); it is summed until its terms are a relative 1e-9 of it, and the distribution's own sum
  // then on past its mode until its terms are a relative 1e-7 (the flows need no more).
  for (; b > 0; b--) {
    pmf *= b * perErlang;
    term *= b * perErlang * keep;
    num += term;
    den += pmf;
    if (b * keep < erlangs && term < 1e-9 * num) break;
  }
  for (b--; b > 0; b--) {
    pmf *= b * perErlang;
    den += pmf;
    if (b < erlangs && pmf < 1e-7 * den) break;
  }
  return num / den;
}

/**
 * Standard normal hazard rate phi(x) / (1 - Phi(x)): tabulated on [-10, 10] (the hot loop), its asymptote x + 1/x
 * beyond 10, about 0 below -10.
 */
const HAZARD_STEP = 1 / 64,
  HAZARD_FROM = -10,
  hazardTable = Float64Array.from({ length: 20 / HAZARD_STEP + 1 }, (_, i) => {
    const x = HAZARD_FROM + i * HAZARD_STEP;
    return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI) / normalCdf(-x);
  });

function hazard(x: number): number {
  if (x >= 10) return x + 1 / x;
  if (x <= HAZARD_FROM) return 0;
  const at = (x - HAZARD_FROM) / HAZARD_STEP,
    i = Math.floor(at);
  return hazardTable[i]! + (at - i) * (hazardTable[i + 1]! - hazardTable[i]!);
}
