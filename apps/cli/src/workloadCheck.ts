/**
 * The workload limits checked before anything is simulated (docs/cli.md, Limits), as one UserError that gives each
 * estimate and what would help. The agent ceiling is the model's: neither --max-workload nor fewer replications
 * brings a centre under it, so a run past it alone is told so, not pointed at options that change nothing.
 */
import { estimateWorkload, scaledLimits, startMostlyTrainees, workloadProblems } from "@ccsim/runner";
import { UserError } from "./UserError.js";

/**
 * Throws when `jobs` exceed the limits scaled by `maxWorkload`. `smaller` is the advice for the other limits that
 * comes before --max-workload ("Fewer replications, months or variants make it smaller; ").
 */
export function checkWorkload(
  jobs: Parameters<typeof estimateWorkload>[0],
  threads: number,
  maxWorkload: number,
  smaller = "",
): void {
  const estimate = estimateWorkload(jobs);
  const limits = scaledLimits(maxWorkload);
  const problems = workloadProblems(estimate, threads, limits);
  if (problems.length === 0) return;
  const agentsOver = estimate.peakAgents > limits.maxAgents;
  const smallerCentre = "only a smaller centre fits: simulate one site or one queue of it";
  const help =
    agentsOver && startMostlyTrainees(estimate)
      ? "check the pay against the market wage and the attrition settings: with these, the volume is not the cause"
      : agentsOver && problems.length === 1
        ? smallerCentre
        : `${smaller}--max-workload <factor> raises the limits (docs/cli.md)${agentsOver ? `, but not the agent ceiling: ${smallerCentre}` : ""}`;
  throw new UserError(`this run is too large: ${problems.join("; ")}. ${help[0]!.toUpperCase()}${help.slice(1)}`);
}
