// The commands of the planner walkthrough (docs/planner.md) run as written, in order, from a fresh folder holding
// only the repository's scenarios: a reader follows them literally. Its `--out out/plan` once failed there ("the
// folder .../out does not exist": output folders are not created recursively) with nothing in the page to say so.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");

/** The command lines of the page's `sh` blocks, comments dropped. */
function commands(page: string): string[] {
  const lines: string[] = [];
  let inSh = false;
  for (const line of page.split("\n")) {
    if (line.startsWith("```")) inSh = !inSh && line.trim() === "```sh";
    else if (inSh && !line.startsWith("#") && line.trim() !== "") lines.push(line.replace(/\s+#.*$/, "").trim());
  }
  return lines;
}

describe("docs/planner.md", () => {
  it("runs every command of the walkthrough as written, from a fresh folder", () => {
    const cwd = mkdtempSync(join(tmpdir(), "ccsim-walkthrough-"));
    symlinkSync(join(root, "scenarios"), join(cwd, "scenarios"));
    const lines = commands(readFileSync(join(root, "docs/planner.md"), "utf8"));
    expect(lines.filter((l) => l.startsWith("ccsim ")).length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      const [command, ...args] = line.split(/\s+/);
      if (command === "mkdir" && args[0] === "-p") {
        for (const dir of args.slice(1)) mkdirSync(join(cwd, dir), { recursive: true });
        continue;
      }
      expect(command, line).toBe("ccsim");
      const r = spawnSync(process.execPath, [main, ...args], { encoding: "utf8", cwd, maxBuffer: MAX_OUTPUT_BYTES });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    }
  });
});
