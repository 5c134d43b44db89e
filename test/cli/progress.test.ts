// Progress off a terminal: a long run is never silent, even while no replication finishes (one replication of a
// large centre at contact fidelity takes many minutes).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Progress } from "../../apps/cli/src/Progress.js";

describe("Progress off a terminal", () => {
  let written: string[];
  let tty: boolean | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    written = [];
    tty = process.stderr.isTTY;
    process.stderr.isTTY = false;
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    process.stderr.isTTY = tty as boolean;
  });

  it("writes a line two seconds in and then every ten seconds while no replication finishes", () => {
    const progress = new Progress("replications", 0, true);
    progress.start(2);
    vi.advanceTimersByTime(1_999);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(25_000);
    expect(written).toEqual([
      "replications: 0/2 done (2 s)\n",
      "replications: 0/2 done (12 s)\n",
      "replications: 0/2 done (22 s)\n",
    ]);
    // A replication finishing writes no extra line between the timer's; the next one shows it.
    progress.update(1);
    vi.advanceTimersByTime(5_000);
    expect(written.at(-1)).toBe("replications: 1/2 done (32 s, ~32 s left)\n");
    expect(written).toHaveLength(4);
    progress.done();
    vi.advanceTimersByTime(60_000);
    expect(written).toHaveLength(4);
  });

  it("writes nothing for a run shorter than two seconds, or when not wanted", () => {
    const quick = new Progress("replications", 0, true);
    quick.start(2);
    vi.advanceTimersByTime(1_500);
    quick.update(2);
    quick.done();
    const quiet = new Progress("replications", 0, false);
    quiet.start(2);
    vi.advanceTimersByTime(60_000);
    expect(written).toEqual([]);
  });
});
