import { describe, expect, it } from "vitest";
import { type CacheKeyInput, cacheKey } from "./cache-key.js";

const base: CacheKeyInput = {
  provider: "cerebras",
  model: "llama3.1-8b",
  mode: "tools",
  messages: [{ role: "user", content: "Jason is 25" }],
  schema: {
    name: "User",
    jsonSchema: { type: "object", properties: { name: { type: "string" } } },
  },
  temperature: 0,
};

describe("cacheKey", () => {
  it("is a SHA-256 hex digest, independent of key order", async () => {
    const key = await cacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const reordered: CacheKeyInput = {
      temperature: 0,
      schema: {
        jsonSchema: { properties: { name: { type: "string" } }, type: "object" },
        name: "User",
      },
      messages: [{ content: "Jason is 25", role: "user" }],
      mode: "tools",
      model: "llama3.1-8b",
      provider: "cerebras",
    };
    expect(await cacheKey(reordered)).toBe(key);
  });

  it("changes with every input that decides the answer", async () => {
    const key = await cacheKey(base);
    const variants: CacheKeyInput[] = [
      { ...base, provider: "openai" },
      { ...base, model: "other" },
      { ...base, mode: "json" },
      { ...base, messages: [{ role: "user", content: "Jason is 26" }] },
      { ...base, schema: { ...base.schema, jsonSchema: { type: "object" } } },
      { ...base, temperature: 0.5 },
      { ...base, maxTokens: 10 },
      { ...base, providerOptions: { mock: { seed: 1 } } },
    ];
    const keys = await Promise.all(variants.map(cacheKey));
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
  });
});
