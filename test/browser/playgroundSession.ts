// One built playground served on loopback and one headless Chromium for a describe block, started before its tests
// and closed after them: the set-up every playground browser test shares.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch, watchProblems } from "./chromium.js";
import { buildWeb, serve, type StaticServer } from "./webServer.js";

export interface PlaygroundSession {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Registers the block's set-up and tear-down; the fields are there once `beforeAll` has run. */
export function playgroundSession(): PlaygroundSession {
  const session: { browser?: Browser; server?: StaticServer } = {};
  beforeAll(async () => {
    const [dir, browser] = await Promise.all([buildWeb(), launch()]);
    session.browser = browser;
    session.server = await serve(dir);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return {
    get browser() {
      if (session.browser === undefined) throw new Error("the browser is not launched yet (use it inside a test)");
      return session.browser;
    },
    get server() {
      if (session.server === undefined) throw new Error("the playground is not served yet (use it inside a test)");
      return session.server;
    },
  };
}

/** A new page at `viewport` whose console errors and requests off the playground are collected in `problems`. */
export async function openPage(
  session: PlaygroundSession,
  viewport: { width: number; height: number },
): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ viewport });
  return { page, problems: watchProblems(page, [session.server.origin, "data:", "blob:"]) };
}
