import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../cli-error.js";
import { runExtract } from "../extract/run-extract.js";
import { createWorkspace, type Workspace } from "../test-support/workspace.js";

let ws: Workspace;
beforeEach(async () => {
  ws = await createWorkspace();
  await ws.write("people.jsonl", ['"Ann is 7"', '"Bob is 40"'].join("\n"));
});
afterEach(async () => {
  await ws.close();
});

async function extracted(): Promise<unknown[]> {
  const text = await readFile(ws.options().out, "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line).data);
}

describe("--provider", () => {
  it("anthropic: runs through @anthropic-ai/sdk on the Messages API with ANTHROPIC_API_KEY", async () => {
    const summary = await runExtract(
      ws.options({ provider: "anthropic", model: "claude-sonnet-4-5" }),
      ws.io({ env: { ANTHROPIC_API_KEY: "sk-ant-cli" } }),
    );
    expect(summary).toMatchObject({ succeeded: 2, failed: 0 });
    expect(await extracted()).toEqual(
      expect.arrayContaining([
        { name: "Ann", age: 7 },
        { name: "Bob", age: 40 },
      ]),
    );
    expect(ws.server.requests.map((r) => r.path)).toEqual(["/v1/messages", "/v1/messages"]);
    expect(ws.server.requests[0]?.headers.authorization).toBe("Bearer sk-ant-cli");
  });

  it("anthropic: a 429's retry-after pauses the pool and the item is sent again", async () => {
    ws.server.enqueue({ type: "error", status: 429, headers: { "retry-after": "0" } });
    const summary = await runExtract(
      ws.options({ provider: "anthropic", concurrency: 1 }),
      ws.io({ env: { ANTHROPIC_API_KEY: "sk-ant-cli" } }),
    );
    expect(summary).toMatchObject({ succeeded: 2, failed: 0, rateLimited: 1 });
  });

  it("openai: runs through the openai SDK on chat completions with OPENAI_API_KEY", async () => {
    const summary = await runExtract(
      ws.options({ provider: "openai", baseUrl: ws.server.baseURL }),
      ws.io({ env: { OPENAI_API_KEY: "sk-openai-cli" } }),
    );
    expect(summary).toMatchObject({ succeeded: 2, failed: 0 });
    expect(ws.server.requests[0]?.path).toBe("/v1/chat/completions");
    expect(ws.server.requests[0]?.headers.authorization).toBe("Bearer sk-openai-cli");
  });

  it("a missing key is a one-line usage error naming the provider's variable", async () => {
    const run = runExtract(
      ws.options({ provider: "anthropic" }),
      ws.io({ env: { CEREBRAS_API_KEY: "csk-test" } }),
    );
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(/^Set ANTHROPIC_API_KEY \(/);
    expect(ws.server.requests).toHaveLength(0);
  });
});
