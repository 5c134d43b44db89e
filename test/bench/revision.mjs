// Helpers of the MTS benches (mts.mjs, paired.mjs): an earlier revision of the code built in a temporary folder, and
// the replication jobs of the MTS case as the runner hands them to a worker.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Builds revision `rev` in a temporary folder (sharing this checkout's node_modules); its root, or undefined. */
export function buildRevision(rev) {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-bench-"));
  try {
    const archive = execFileSync(
      "git",
      ["-C", ROOT, "archive", rev, "packages", "tsconfig.base.json", "package.json"],
      {
        maxBuffer: 1 << 30,
      },
    );
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    // The case file as it was at that revision: a file that has since gained keys would not load in older code.
    const file = execFileSync("git", ["-C", ROOT, "show", `${rev}:scenarios/cases/mts-virtual-contact-centre.yaml`]);
    mkdirSync(join(dir, "scenarios/cases"), { recursive: true });
    writeFileSync(join(dir, "scenarios/cases/mts-virtual-contact-centre.yaml"), file);
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    // Each package's own node_modules holds links to its workspace neighbours and dependencies (relative links).
    for (const pkg of readdirSync(join(dir, "packages"))) {
      const links = join(ROOT, "packages", pkg, "node_modules");
      if (existsSync(links))
        cpSync(links, join(dir, "packages", pkg, "node_modules"), { recursive: true, verbatimSymlinks: true });
    }
    const packages = readdirSync(join(dir, "packages")).map((pkg) => join(dir, "packages", pkg));
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-b", ...packages], { cwd: dir });
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    console.log(`   (no comparison: could not build ${rev}: ${String(error.message ?? error).split("\n")[0]})`);
    return undefined;
  }
}

/** The replication jobs of the MTS case (one per variant) as the runner hands them to a worker, and the worker. */
export async function jobsOf(root) {
  const { loadScenario } = await import(join(root, "packages/scenario/dist/index.js"));
  const { runScenario } = await import(join(root, "packages/runner/dist/index.js"));
  const { resolveVariants } = await import(join(root, "packages/runner/dist/effect.js"));
  const { simulateJob } = await import(join(root, "packages/runner/dist/replicate.js"));
  const file = join(root, "scenarios/cases/mts-virtual-contact-centre.yaml");
  const loaded = loadScenario(readFileSync(file, "utf8"), "mts-virtual-contact-centre.yaml");
  if (loaded._tag === "Left") throw new Error(loaded.left.format());
  const variants = resolveVariants(loaded.right);
  if (variants._tag === "Left") throw new Error(variants.left.format());
  const jobs = [];
  const execute = async (batch) => {
    jobs.push(...batch);
    throw new Error("collected");
  };
  await runScenario(loaded.right, variants.right, { replications: 1, fidelity: "interval", execute }).catch(() => {});
  return { jobs, simulateJob };
}
