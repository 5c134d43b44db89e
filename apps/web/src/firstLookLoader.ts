/**
 * Puts a shipped scenario's first look (firstLook.ts) into the worker pool's cache, once per scenario, when a link
 * or the trainer opens it. The looks are bundled with the page as JSON text; only the one opened is decoded.
 */
import { firstLooks } from "virtual:first-look";
import { decodeFirstLook } from "./firstLook.js";
import type { WorkerPool } from "./WorkerPool.js";

const seeded = new Set<string>();

/** Puts the scenario's first look in the pool (nothing for a scenario without one). */
export function loadFirstLook(pool: WorkerPool, scenarioId: string): void {
  const text = firstLooks[scenarioId];
  if (text === undefined || seeded.has(scenarioId)) return;
  seeded.add(scenarioId);
  for (const [key, months] of Object.entries(decodeFirstLook(text))) pool.seed(key, months);
}
