/** Channel skills as bits. */
export const VOICE_SKILL = 1;
export const CHAT_SKILL = 2;
/** A multi-skilled agent takes both channels. */
export const BOTH_SKILLS = VOICE_SKILL | CHAT_SKILL;

/**
 * The skill group at `position` when positions below `voiceOnly` are voice-only, the next `chatOnly` chat-only and
 * the rest multi-skilled: with counts for a roster laid out by index, or with shares for a uniform draw in [0, 1).
 */
export function skillGroupAt(position: number, voiceOnly: number, chatOnly: number): number {
  return position < voiceOnly ? VOICE_SKILL : position < voiceOnly + chatOnly ? CHAT_SKILL : BOTH_SKILLS;
}

/** Lifecycle stages (the people layer moves agents through them; without it every agent is proficient). */
export const STAGE = { training: 1, nesting: 2, proficient: 3, left: 4 } as const;

/** `employedFromDay` of a hire waiting for a class: not yet employed (day numbers may be negative, so not -1). */
export const NOT_YET_EMPLOYED = -0x80000000;

/**
 * Agents as struct-of-arrays indexed by small integers (design rule 1). The contact layer reads skills, speed and
 * handle-time multiplier, and writes the work counters; the people layer (hiring, learning, attrition) writes the
 * rest. Capacity grows by doubling; an index is never reused, so per-agent history stays addressable.
 */
export class AgentPool {
  count = 0;
  /** Employed and able to be rostered (not in classroom training, not gone, not absent today for burnout). */
  rosterable!: Uint8Array;
  skills!: Uint8Array;
  /** Persistent personal speed: handle time multiplier drawn at hire (lognormal, mean 1). */
  speedFactor!: Float64Array;
  /** Time-varying handle-time multiplier set by the people layer (ramp-up, effort, burnout); 1 = proficient. */
  handleTimeMultiplier!: Float64Array;
  /** Day-off pattern: the agent's first weekday off (0 = Monday); the next day is off too. */
  firstDayOff!: Uint8Array;
  /** Contacts handled in the current month. */
  contactsThisMonth!: Float64Array;
  /** Seconds busy with contacts and seconds logged in, in the current month (per-agent occupancy). */
  busySecThisMonth!: Float64Array;
  loggedInSecThisMonth!: Float64Array;
  /** People state (see people/PeopleLayer.ts). */
  stage!: Uint8Array;
  hireDay!: Int32Array;
  /**
   * Day the agent's employment began: its class's first day, or its hire day when it needs no class;
   * NOT_YET_EMPLOYED while a hire waits for a class (an accepted offer: not yet paid, seated or counted in the head
   * count).
   */
  employedFromDay!: Int32Array;
  /** Day the agent left classroom training (first day on the phones). */
  productionDay!: Int32Array;
  /** 1 for remote agents. */
  remote!: Uint8Array;
  /** 1 for agents hired through the referral programme. */
  referral!: Uint8Array;
  /** Quality of service relative to a proficient agent at normal effort (1). */
  quality!: Float64Array;
  /** Smoothed occupancy strain, 0 (none) to 1 (sustained 100% occupancy). */
  burnout!: Float64Array;
  /** Probability-like engagement score in (0, 1), updated monthly. */
  engagement!: Float64Array;
  /** Earnings of the last closed month. */
  earnings!: Float64Array;

  constructor(initialCapacity = 64) {
    this.allocate(Math.max(1, initialCapacity));
  }

  get capacity(): number {
    return this.skills.length;
  }

  /** Adds an agent and returns its index. */
  add(skills: number, speedFactor: number, firstDayOff: number): number {
    if (this.count === this.capacity) this.allocate(this.capacity * 2);
    const a = this.count++;
    this.rosterable[a] = 1;
    this.skills[a] = skills;
    this.speedFactor[a] = speedFactor;
    this.handleTimeMultiplier[a] = 1;
    this.firstDayOff[a] = firstDayOff;
    this.stage[a] = STAGE.proficient;
    this.quality[a] = 1;
    this.engagement[a] = 0.5;
    return a;
  }

  /** Clears the monthly work counters (called at each month boundary, after they are read). */
  resetMonth(): void {
    this.contactsThisMonth.fill(0);
    this.busySecThisMonth.fill(0);
    this.loggedInSecThisMonth.fill(0);
  }

  private allocate(capacity: number): void {
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(old: T | undefined, make: (n: number) => T): T => {
      const next = make(capacity);
      if (old !== undefined) next.set(old);
      return next;
    };
    this.rosterable = grow(this.rosterable as Uint8Array | undefined, (n) => new Uint8Array(n));
    this.skills = grow(this.skills as Uint8Array | undefined, (n) => new Uint8Array(n));
    this.speedFactor = grow(this.speedFactor as Float64Array | undefined, (n) => new Float64Array(n));
    this.handleTimeMultiplier = grow(this.handleTimeMultiplier as Float64Array | undefined, (n) => new Float64Array(n));
    this.firstDayOff = grow(this.firstDayOff as Uint8Array | undefined, (n) => new Uint8Array(n));
    this.contactsThisMonth = grow(this.contactsThisMonth as Float64Array | undefined, (n) => new Float64Array(n));
    this.busySecThisMonth = grow(this.busySecThisMonth as Float64Array | undefined, (n) => new Float64Array(n));
    this.loggedInSecThisMonth = grow(this.loggedInSecThisMonth as Float64Array | undefined, (n) => new Float64Array(n));
    this.stage = grow(this.stage as Uint8Array | undefined, (n) => new Uint8Array(n));
    this.hireDay = grow(this.hireDay as Int32Array | undefined, (n) => new Int32Array(n));
    this.employedFromDay = grow(this.employedFromDay as Int32Array | undefined, (n) => new Int32Array(n));
    this.productionDay = grow(this.productionDay as Int32Array | undefined, (n) => new Int32Array(n));
    this.remote = grow(this.remote as Uint8Array | undefined, (n) => new Uint8Array(n));
    this.referral = grow(this.referral as Uint8Array | undefined, (n) => new Uint8Array(n));
    this.quality = grow(this.quality as Float64Array | undefined, (n) => new Float64Array(n));
    this.burnout = grow(this.burnout as Float64Array | undefined, (n) => new Float64Array(n));
    this.engagement = grow(this.engagement as Float64Array | undefined, (n) => new Float64Array(n));
    this.earnings = grow(this.earnings as Float64Array | undefined, (n) => new Float64Array(n));
  }
}
