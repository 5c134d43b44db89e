// Vite build of the trainer playground. The app is static: one page, its Web Worker and the scenario library
// (bundled as text), all from its own origin, so it works offline once loaded.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { firstLookPlugin } from "./firstLookPlugin.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const version = (JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string })
  .version;

/** The commit the app is built from, for the provenance of its results; "unknown" outside a git checkout. */
function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: here,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

export default defineConfig({
  root: here,
  // Relative asset URLs: the built app can be served from any path (or a subfolder of a course site).
  base: "./",
  define: {
    __CCSIM_VERSION__: JSON.stringify(version),
    __CCSIM_COMMIT__: JSON.stringify(gitCommit()),
  },
  plugins: [firstLookPlugin(fileURLToPath(new URL("../../", import.meta.url)))],
  worker: { format: "es" },
  build: {
    outDir: "dist/app",
    emptyOutDir: true,
    // Vega and the runner are large; the app is one page loaded once, so one chunk per entry is fine.
    chunkSizeWarningLimit: 4000,
  },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
