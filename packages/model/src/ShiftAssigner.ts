import { GreedyRoster, type ShiftOptions } from "./Roster.js";

/** Requirement curves remembered by `ShiftAssigner` (a week of day types, plus room for a change of month). */
const REMEMBERED_CURVES = 16;
/** Remote rosters remembered (one per curve and on-site head count). */
const REMEMBERED_REMOTE = 32;

interface OnSite {
  readonly target: Float64Array;
  readonly greedy: GreedyRoster;
}

/**
 * On-site rosters kept for the process, by a hash of the on-site options and the requirement curve (`curveHash`),
 * oldest first; past `MAX_SHARED_CURVES` hashes the oldest goes. A roster is a pure function of its options and
 * curve (the greedy from no cover), so the assigners of later replications and variants, which meet the same curves
 * (the same demand at the same quantised planned handle time), take it up where it is instead of building it again:
 * the same shifts. (In a warm process about nine in ten curves an assigner has not seen are already here, measured
 * on MTS, and the greedy steps of a replication fall by about two thirds; a roster holds a number per agent, so
 * the cap keeps them to a few MB for a thousand-agent centre.)
 */
const sharedCurves = new Map<number, SharedCurve[]>();
const MAX_SHARED_CURVES = 1024;

interface SharedCurve extends OnSite {
  /** The on-site options, by value. */
  readonly optionsKey: string;
}

interface Remote {
  readonly onSite: OnSite;
  readonly onSiteCount: number;
  readonly greedy: GreedyRoster;
}

/**
 * The day's rostering: on-site agents take shifts from `onSite` options first, remote agents then fill what is
 * left from `remote` options (split shifts included), by the greedy of `assignShifts`.
 *
 * NOTE: the requirement curve repeats for every day of the same weekday within a month (the forecast error is
 * drawn monthly), and the greedy's first n choices do not depend on how many agents follow (`GreedyRoster`). So the
 * on-site greedy of each recent curve is kept and extended to the day's head count, whatever it is; the remote
 * greedy, which starts from the cover of the on-site agents, is kept per curve and on-site head count. The same
 * roster as a fresh `assignShifts`, at a fraction of the cost.
 */
export class ShiftAssigner {
  private readonly curves: OnSite[] = [];
  private nextCurve = 0;
  private readonly remotes: Remote[] = [];
  private nextRemote = 0;
  private readonly onSiteCover: Float64Array;
  /** The on-site options by value, and its hash (the seed of curveHash). */
  private readonly onSiteKey: string;
  private readonly onSiteHash: number;

  constructor(
    private readonly onSite: ShiftOptions,
    private readonly remote: ShiftOptions,
    intervals = 0,
  ) {
    this.onSiteCover = new Float64Array(intervals);
    this.onSiteKey = [onSite.start, onSite.length, onSite.start2, onSite.length2].map((a) => a.join(",")).join(";");
    let hash = 0x811c9dc5;
    for (let k = 0; k < this.onSiteKey.length; k++) hash = Math.imul(hash ^ this.onSiteKey.charCodeAt(k), 0x01000193);
    this.onSiteHash = hash;
  }

  /** Fills `cover` (agents on shift per interval) and `chosen` (the option of the k-th agent, on-site ones first). */
  assign(target: Float64Array, onSite: number, remote: number, cover: Float64Array, chosen: Int32Array): void {
    const curve = this.curveOf(target);
    curve.greedy.extend(onSite);
    chosen.set(curve.greedy.chosen.subarray(0, onSite));
    cover.fill(0);
    curve.greedy.addCover(onSite, cover);
    if (remote === 0) return;
    const remoteRoster = this.remoteOf(curve, onSite, cover);
    remoteRoster.extend(remote);
    chosen.set(remoteRoster.chosen.subarray(0, remote), onSite);
    remoteRoster.addCover(remote, cover);
  }

  private curveOf(target: Float64Array): OnSite {
    const known = this.curves.find((c) => sameValues(c.target, target));
    if (known !== undefined) return known;
    // The hash only narrows the search: a shared roster is taken for exactly equal options and curve.
    const hash = curveHash(this.onSiteHash, target);
    let bucket = sharedCurves.get(hash);
    let curve: OnSite | undefined = bucket?.find(
      (c) => c.optionsKey === this.onSiteKey && sameValues(c.target, target),
    );
    if (curve === undefined) {
      const empty = this.onSiteCover.length === target.length ? this.onSiteCover : new Float64Array(target.length);
      empty.fill(0);
      const shared = {
        target: target.slice(),
        greedy: new GreedyRoster(target, empty, this.onSite),
        optionsKey: this.onSiteKey,
      };
      if (bucket === undefined) {
        const oldest = sharedCurves.keys().next();
        if (sharedCurves.size >= MAX_SHARED_CURVES && oldest.done !== true) sharedCurves.delete(oldest.value);
        sharedCurves.set(hash, (bucket = []));
      }
      bucket.push(shared);
      curve = shared;
    }
    this.curves[this.nextCurve] = curve;
    this.nextCurve = (this.nextCurve + 1) % REMEMBERED_CURVES;
    return curve;
  }

  /** The remote greedy after `onSiteCount` on-site agents of `curve`, whose cover is `cover`. */
  private remoteOf(curve: OnSite, onSiteCount: number, cover: Float64Array): GreedyRoster {
    const known = this.remotes.find((r) => r.onSite === curve && r.onSiteCount === onSiteCount);
    if (known !== undefined) return known.greedy;
    const forgotten = this.remotes[this.nextRemote];
    let greedy: GreedyRoster;
    if (forgotten !== undefined) {
      greedy = forgotten.greedy;
      greedy.restart(curve.target, cover);
    } else greedy = new GreedyRoster(curve.target, cover, this.remote);
    this.remotes[this.nextRemote] = { onSite: curve, onSiteCount, greedy };
    this.nextRemote = (this.nextRemote + 1) % REMEMBERED_REMOTE;
    return greedy;
  }
}

/** FNV-1a over the bits of the curve's numbers, from `seed`. */
function curveHash(seed: number, curve: Float64Array): number {
  const words = new Int32Array(curve.buffer, curve.byteOffset, 2 * curve.length);
  let hash = seed;
  for (let k = 0; k < words.length; k++) hash = Math.imul(hash ^ words[k]!, 0x01000193);
  return hash;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
