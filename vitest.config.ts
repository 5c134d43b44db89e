import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts", "test/**/*.test.ts"],
    // Statistical tests replicate simulations; the default 5 s is too tight on 2-core machines.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
