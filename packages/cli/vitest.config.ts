import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The queue suite's Redis: REDIS_URL, else a throwaway redis-server on a free port.
    globalSetup: ["../queue/test/redis-global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
