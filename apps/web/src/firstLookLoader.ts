/**
 * Puts a shipped scenario's first look (firstLook.ts) into the worker pool's cache, once per scenario: its chunk
 * is fetched when a link names the scenario, while the page compiles it, so the first round needs no simulation.
 */
import { firstLooks } from "virtual:first-look";
import { decodeFirstLook } from "./firstLook.js";
import type { WorkerPool } from "./WorkerPool.js";

const loading = new Map<string, Promise<void>>();

/** Resolves once the scenario's first look is in the pool (at once for a scenario without one, or on failure). */
export function loadFirstLook(pool: WorkerPool, scenarioId: string): Promise<void> {
  let done = loading.get(scenarioId);
  if (done === undefined) {
    const chunk = firstLooks[scenarioId];
    done =
      chunk === undefined
        ? Promise.resolve()
        : chunk().then(
            (m) => {
              for (const [key, months] of Object.entries(decodeFirstLook(m.default))) pool.seed(key, months);
            },
            // Without its first look the run simulates its first round, as it would for an edited scenario.
            () => undefined,
          );
    loading.set(scenarioId, done);
  }
  return done;
}
