/**
 * @ccsim/runner/effect: the building blocks under the plain API that return Effect's `Either` (for Effect
 * programs, and for tools that resolve variants once and schedule replications themselves). Most users want
 * `checkScenario`, `simulate`, `compareVariants` and `sweep` from `@ccsim/runner`.
 */
export { compileChanges, compileScenario } from "./compileScenario.js";
export { resolveVariants } from "./runScenario.js";
export { sweepPoints, type SweepPoint } from "./sweep.js";
