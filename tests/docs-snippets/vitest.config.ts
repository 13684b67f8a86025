import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // One TypeScript program over every snippet: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
