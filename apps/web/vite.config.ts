import { defineConfig } from "vite";

// The page only: `server/main.ts` serves the built files and the API route.
export default defineConfig({
  build: { outDir: "dist", emptyOutDir: true },
});
