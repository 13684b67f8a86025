import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    typecheck: { include: ["src/**/*.test-d.ts"] },
  },
});
