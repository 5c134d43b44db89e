import { makeSampler, type RandomStream, type RandomStreams } from "@ccsim/engine";
import type { ChannelParams } from "../CentreParams.js";
import { AgentSlots } from "./AgentSlots.js";
import { WaitingLine } from "./WaitingLine.js";

/** Per-channel state of the contact fidelity: its waiting line, the agents free for it, and its samplers. */
export interface Lane {
  readonly index: number;
  channel: ChannelParams;
  readonly isVoice: boolean;
  readonly rates: Float64Array;
  readonly line: WaitingLine;
  readonly slots: AgentSlots;
  /** Epoch per agent for this lane's slots: bumping it withdraws the agent's advertised availability. */
  epoch: Int32Array;
  readonly interarrival: () => number;
  handleTime: () => number;
  /** The channel's handle-time multiplier per interval of the day, or undefined (every interval at 1). */
  handleFactor: Float64Array | undefined;
  patience: () => number;
  readonly streams: { readonly handleTime: RandomStream; readonly patience: RandomStream };
}

/** Stream names per channel, so voice and chat draws never shift each other. */
export function contactStreams(channel: string): { arrivals: string; handleTime: string; patience: string } {
  return {
    arrivals: `contact.${channel}.arrivals`,
    handleTime: `contact.${channel}.handle-time`,
    patience: `contact.${channel}.patience`,
  };
}

/** The lane of channel `index`, arriving at `rates` (per second, per interval of the run). */
export function makeLane(channel: ChannelParams, index: number, rates: Float64Array, streams: RandomStreams): Lane {
  const names = contactStreams(channel.name);
  const laneStreams = { handleTime: streams.stream(names.handleTime), patience: streams.stream(names.patience) };
  return {
    index,
    channel,
    isVoice: channel.name === "voice",
    rates,
    line: new WaitingLine(),
    slots: new AgentSlots(),
    epoch: new Int32Array(0),
    interarrival: makeSampler({ kind: "exponential", mean: 1 }, streams.stream(names.arrivals)),
    handleTime: makeSampler(channel.handleTimeSec, laneStreams.handleTime),
    handleFactor: factorsOf(channel),
    patience: makeSampler(channel.patienceSec, laneStreams.patience),
    streams: laneStreams,
  };
}

/** New parameters for the lane's channel, its samplers rebuilt on the same streams (draws stay common). */
export function setLaneChannel(lane: Lane, channel: ChannelParams): void {
  lane.channel = channel;
  lane.handleTime = makeSampler(channel.handleTimeSec, lane.streams.handleTime);
  lane.handleFactor = factorsOf(channel);
  lane.patience = makeSampler(channel.patienceSec, lane.streams.patience);
}

/**
 * A contact's base handle time, drawn at arrival in interval `interval` of the day and scaled by that interval's
 * handle-time factor: one draw per contact either way, so the streams stay common with a run without a profile,
 * and without one nothing is multiplied.
 */
export function drawHandleTime(lane: Lane, interval: number): number {
  const factor = lane.handleFactor;
  return factor === undefined ? lane.handleTime() : lane.handleTime() * factor[interval]!;
}

/** The handle-time profile as a typed array for the arrival loop; undefined when the channel has none. */
function factorsOf(channel: ChannelParams): Float64Array | undefined {
  const factors = channel.handleTimeFactorByInterval;
  return factors === undefined ? undefined : Float64Array.from(factors);
}
