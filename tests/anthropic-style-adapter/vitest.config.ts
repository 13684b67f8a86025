import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Every test is bounded: a hang fails the test instead of stalling CI.
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
