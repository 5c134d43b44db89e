// Debian's Chromium driven by playwright-core (no browser download: `npx playwright install` cannot reach its
// servers here). CI installs the package first (`pnpm browser:install`).
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env["CCSIM_CHROMIUM"] ?? "/usr/bin/chromium";
export const artifacts = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: run pnpm browser:install (Debian package chromium) or set CCSIM_CHROMIUM`,
    );
  // Without the background-networking flags Chromium tries to reach Google's servers, which this network refuses.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Everything a page reports that would tell a user something is wrong: console errors, uncaught exceptions, failed requests. */
export function watchProblems(page: Page, allowedOrigins: readonly string[]): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("request", (r) => {
    if (!allowedOrigins.some((o) => r.url().startsWith(o)))
      problems.push(`request outside the page's origin: ${r.url()}`);
  });
  return problems;
}

export function screenshotPath(name: string): string {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, name);
}
