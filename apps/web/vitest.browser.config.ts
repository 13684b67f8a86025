import { defineConfig } from "vitest/config";

// The real-browser test (`test:browser`): Debian's chromium driven by playwright-core.
export default defineConfig({
  test: { include: ["test/**/*.browser.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
});
