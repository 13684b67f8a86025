import { readFile } from "node:fs/promises";
import { geminiQuotaError } from "@instr/provider-test-support";
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

/** Runs `instr extract` over the two documents with these options and environment. */
function extract(options: Parameters<Workspace["options"]>[0], env: Record<string, string>) {
  return runExtract(ws.options(options), ws.io({ env }));
}

/** Both documents' people, in any order. */
const annAndBob = expect.arrayContaining([
  { name: "Ann", age: 7 },
  { name: "Bob", age: 40 },
]);

async function extracted(): Promise<unknown[]> {
  const text = await readFile(ws.options().out, "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line).data);
}

/** Both documents went through: the summary counts no failure and the output holds both. */
async function expectBothExtracted(summary: unknown): Promise<void> {
  expect(summary).toMatchObject({ succeeded: 2, failed: 0 });
  expect(await extracted()).toEqual(annAndBob);
}

describe("--provider", () => {
  it("anthropic: runs through @anthropic-ai/sdk on the Messages API with ANTHROPIC_API_KEY", async () => {
    const summary = await extract(
      { provider: "anthropic", model: "claude-sonnet-4-5" },
      { ANTHROPIC_API_KEY: "sk-ant-cli" },
    );
    await expectBothExtracted(summary);
    expect(ws.server.requests.map((r) => r.path)).toEqual(["/v1/messages", "/v1/messages"]);
    expect(ws.server.requests[0]?.headers.authorization).toBe("Bearer sk-ant-cli");
  });

  it("anthropic: a 429's retry-after pauses the pool and the item is sent again", async () => {
    ws.server.enqueue({ type: "error", status: 429, headers: { "retry-after": "0" } });
    const summary = await extract(
      { provider: "anthropic", concurrency: 1 },
      { ANTHROPIC_API_KEY: "sk-ant-cli" },
    );
    expect(summary).toMatchObject({ succeeded: 2, failed: 0, rateLimited: 1 });
  });

  it("openai: runs through the openai SDK on chat completions with OPENAI_API_KEY", async () => {
    const summary = await extract(
      { provider: "openai", baseUrl: ws.server.baseURL },
      { OPENAI_API_KEY: "sk-openai-cli" },
    );
    expect(summary).toMatchObject({ succeeded: 2, failed: 0 });
    expect(ws.server.requests[0]?.path).toBe("/v1/chat/completions");
    expect(ws.server.requests[0]?.headers.authorization).toBe("Bearer sk-openai-cli");
  });

  it("google: runs through @google/genai on the Gemini API with GEMINI_API_KEY or GOOGLE_API_KEY", async () => {
    const summary = await extract(
      { provider: "google", model: "gemini-2.5-flash" },
      { GOOGLE_API_KEY: "google-cli-key" },
    );
    await expectBothExtracted(summary);
    const path = "/v1beta/models/gemini-2.5-flash:generateContent";
    expect(ws.server.requests.map((r) => r.path)).toEqual([path, path]);
    expect(ws.server.requests[0]?.headers["x-goog-api-key"]).toBe("google-cli-key");
    expect(ws.server.requests[0]?.body).toMatchObject({
      generationConfig: { responseMimeType: "application/json" },
    });
  });

  it("google: a 429's RetryInfo delay pauses the pool and the item is sent again", async () => {
    ws.server.enqueue(geminiQuotaError("0s"));
    const summary = await extract(
      { provider: "google", model: "gemini-2.5-flash", concurrency: 1 },
      { GEMINI_API_KEY: "gemini-cli-key" },
    );
    expect(summary).toMatchObject({ succeeded: 2, failed: 0, rateLimited: 1 });
  });

  it("a missing key is a one-line usage error naming the provider's variable", async () => {
    const run = extract({ provider: "anthropic" }, { CEREBRAS_API_KEY: "csk-test" });
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(/^Set ANTHROPIC_API_KEY \(/);
    expect(ws.server.requests).toHaveLength(0);
    await expect(
      runExtract(ws.options({ provider: "google" }), ws.io({ env: {} })),
    ).rejects.toThrow(/^Set GEMINI_API_KEY or GOOGLE_API_KEY \(/);
  });
});
