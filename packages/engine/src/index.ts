/**
 * @ccsim/engine: a generic discrete-event simulation kernel. An event calendar with O(1) cancellation, a calendar
 * specialised for multi-server queues (completions, lazily deleted timers, one pending arrival), named
 * reproducible random streams, distributions that know their moments and an int FIFO. (Welford, TimeWeightedLevel
 * and IntervalBuckets are kept with their tests but not exported: nothing outside the engine's tests uses them.)
 * Synchronous, allocation-free in the hot loop, and free of Node or DOM APIs so it runs in browsers too.
 */
export { EventCalendar } from "./EventCalendar.js";
export { QueueCalendar, QueueEvent } from "./QueueCalendar.js";
export { createStream, deriveSeed, type RandomStream } from "./RandomStream.js";
export { RandomStreams } from "./RandomStreams.js";
export {
  distributionMean,
  distributionVariance,
  makeSampler,
  sample,
  validateDistribution,
  type Distribution,
} from "./Distribution.js";
export { makePoissonSampler } from "./Poisson.js";
export { IntFifo } from "./IntFifo.js";
