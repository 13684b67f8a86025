import { readEventStream } from "@instr/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Recipe } from "../src/recipe.js";
import { startExample } from "./example-server.fixture.js";

let example: Awaited<ReturnType<typeof startExample>>;
beforeAll(async () => {
  example = await startExample();
});
afterAll(() => example.close());

function post(body: unknown, signal?: AbortSignal) {
  return fetch(`${example.web.url}/api/recipe`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    ...(signal === undefined ? {} : { signal }),
  });
}

describe("the example's route over plain Node", () => {
  it("streams the recipe, re-asks an invalid first answer, ends with the validated value", async () => {
    const events = [];
    for await (const event of readEventStream(await post({ dish: "waffles", invalidFirst: true }), {
      schema: Recipe,
    })) {
      events.push(event);
    }
    expect(events.filter((e) => e.type === "retry")).toHaveLength(1);
    const final = events.at(-1);
    expect(final?.type).toBe("final");
    expect(final?.type === "final" && final.value.title).toBe("Simple waffles");
    expect(final?.type === "final" && final.attempts).toBe(2);
  });

  it("rejects a bad body with 400", async () => {
    const response = await post({ dish: "" });
    expect(response.status).toBe(400);
  });

  it("a client that aborts ends the route's stream", async () => {
    const controller = new AbortController();
    const response = await post({ dish: "soup", slow: true }, controller.signal);
    const reader = response.body?.getReader();
    await reader?.read();
    expect(example.web.openStreams).toBe(1);
    controller.abort();
    for (let i = 0; i < 100 && example.web.openStreams > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(example.web.openStreams).toBe(0);
  });
});
