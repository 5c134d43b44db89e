import { GreedyRoster, type ShiftOptions } from "./Roster.js";

/** Requirement curves remembered by `ShiftAssigner` (a week of day types, plus room for a change of month). */
const REMEMBERED_CURVES = 16;
/** Remote rosters remembered (one per curve and on-site head count). */
const REMEMBERED_REMOTE = 32;

interface OnSite {
  readonly target: Float64Array;
  readonly greedy: GreedyRoster;
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

  constructor(
    private readonly onSite: ShiftOptions,
    private readonly remote: ShiftOptions,
    intervals = 0,
  ) {
    this.onSiteCover = new Float64Array(intervals);
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
    const empty = this.onSiteCover.length === target.length ? this.onSiteCover : new Float64Array(target.length);
    empty.fill(0);
    // The roster forgotten to make room is restarted for this curve (no new arrays per curve); a new curve object
    // all the same, so that the remote rosters of the forgotten one (matched by identity) are never taken for it.
    const forgotten = this.curves[this.nextCurve];
    let curve: OnSite;
    if (forgotten !== undefined && forgotten.target.length === target.length) {
      forgotten.greedy.restart(target, empty);
      curve = { target: forgotten.target, greedy: forgotten.greedy };
      curve.target.set(target);
    } else curve = { target: target.slice(), greedy: new GreedyRoster(target, empty, this.onSite) };
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

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
