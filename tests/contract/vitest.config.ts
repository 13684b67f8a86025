import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    typecheck: { include: ["src/**/*.test-d.ts"] },
    // Every test is bounded: a hang fails the test instead of stalling CI.
    testTimeout: 10_000,
    hookTimeout: 10_000,
    // Lists what keeps the process alive if a test leaves a socket, server or timer open.
    reporters: ["default", "hanging-process"],
  },
});
