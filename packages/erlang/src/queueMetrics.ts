import { erlangA } from "./erlangA.js";
import { erlangC } from "./erlangC.js";
import { validateQueueInput, type QueueInput, type QueueResult } from "./QueueInput.js";

/**
 * Patience beyond this many handle times is treated as infinite when the queue is stable: the Erlang A series
 * then needs about ln(1e-18) / ln(rho) terms, which explodes as rho -> 1, while the answer differs from Erlang C
 * by less than the rounding of any reported figure.
 */
const PATIENCE_AS_INFINITE_AHT = 1e4;
/** Series length above which the Erlang C limit is used instead (only under the patience condition above). */
const MAX_SERIES_TERMS = 200_000;

/** Exact KPIs: Erlang C without (or with practically infinite) patience, Erlang A otherwise. */
export function queueMetrics(input: QueueInput): QueueResult {
  validateQueueInput(input);
  if (queueModel(input) === "erlang-c") return erlangC(input);
  return { stable: true, ...erlangA({ ...input, patienceSec: input.patienceSec! }) };
}

/** The model `queueMetrics` evaluates for this input, decided without evaluating it. */
export function queueModel(input: QueueInput): "erlang-a" | "erlang-c" {
  const patience = input.patienceSec;
  if (patience === undefined || patience === Infinity) return "erlang-c";
  const load = (input.callsPerHour / 3600) * input.ahtSec;
  const rho = input.agents > 0 ? load / input.agents : Infinity;
  const practicallyInfinite =
    patience > PATIENCE_AS_INFINITE_AHT * input.ahtSec && rho < 1 && Math.log(1e-18) / Math.log(rho) > MAX_SERIES_TERMS;
  return practicallyInfinite ? "erlang-c" : "erlang-a";
}
