import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { markdownSnippets } from "./markdown-snippets.js";
import type { SnippetInput } from "./type-check-snippets.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Each checked Markdown file and the context module that declares its snippets' free names. */
export const documents: Record<string, string> = {
  "README.md": "readme",
  "CONTRIBUTING.md": "custom-adapters",
  "docs/batch.md": "batch",
  "docs/caching.md": "caching",
  "docs/errors.md": "errors",
  "docs/schemas.md": "schemas",
  "docs/custom-adapters.md": "custom-adapters",
  "docs/adapter-spec.md": "custom-adapters",
  "docs/streaming-to-a-ui.md": "streaming",
  "docs/telemetry.md": "telemetry",
  "docs/reasoning.md": "reasoning",
  "packages/ai-sdk/README.md": "ai-sdk",
  "packages/anthropic/README.md": "anthropic",
  "packages/cerebras/README.md": "cerebras",
  "packages/google/README.md": "google",
  "packages/core/README.md": "readme",
  "packages/openai/README.md": "openai",
  "packages/cli/README.md": "cli",
  "packages/mock-server/README.md": "mock-server",
  "packages/queue/README.md": "queue",
  "packages/react/README.md": "streaming",
};

/** Every ```ts snippet of the documented files, with its context, opted-out ones included. */
export function documentSnippets(): SnippetInput[] {
  return Object.entries(documents).flatMap(([file, context]) =>
    markdownSnippets(file, readFileSync(`${root}${file}`, "utf8")).map((snippet) => ({
      snippet,
      context,
    })),
  );
}
