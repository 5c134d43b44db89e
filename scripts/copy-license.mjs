// Run by `pnpm pack` / `pnpm publish` (prepack) in a library package: copies the repository's LICENSE into the
// package, so every tarball carries the licence text while the repository keeps one copy.
import { copyFileSync } from "node:fs";

copyFileSync(new URL("../LICENSE", import.meta.url), "LICENSE");
