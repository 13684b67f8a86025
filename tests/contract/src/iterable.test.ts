import { createInstructor, Mode, RetryError } from "@instr/core";
import type { AdapterStreamPart } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { jason, model, User } from "./support/fixtures.js";
import { iterableText, StreamScriptAdapter } from "./support/stream-script-adapter.js";
import { collect } from "./support/streams.js";

const amy = { name: "Amy", age: 31 };

/** Text deltas of `text` cut at `cuts`, then a stop. */
async function* pieces(text: string, cuts: number[]): AsyncIterable<AdapterStreamPart> {
  let from = 0;
  for (const to of [...cuts, text.length]) {
    yield { type: "text-delta", delta: text.slice(from, to) };
    from = to;
  }
  yield { type: "finish", finishReason: "stop" };
}

describe("generateIterable", () => {
  it("responseModel is the element schema; each element is yielded validated", async () => {
    for (const mode of [Mode.JSON, Mode.JSON_SCHEMA, Mode.MD_JSON]) {
      const adapter = new StreamScriptAdapter([
        (request) => {
          const json = iterableText(request, [jason, amy]);
          return pieces(mode === Mode.MD_JSON ? `\`\`\`json\n${json}\n\`\`\`` : json, [5, 17, 30]);
        },
      ]);
      const client = createInstructor({ adapter, mode });
      const users = await collect(
        client.generateIterable({ responseModel: User, model, prompt: "p" }),
      );
      expect(users, mode).toEqual([jason, amy]);
    }
  });

  it("yields an element as soon as its closing bracket arrives", async () => {
    let releaseRest = () => {};
    const firstSeen = new Promise<void>((resolve) => {
      releaseRest = resolve;
    });
    let restSent = false;
    const adapter = new StreamScriptAdapter([
      async function* (request) {
        const text = iterableText(request, [jason, amy]);
        const cut = text.indexOf("}") + 1; // right after the first element
        yield { type: "text-delta", delta: text.slice(0, cut) };
        const timeout = new Promise<void>((resolve) => setTimeout(resolve, 3000).unref());
        await Promise.race([firstSeen, timeout]);
        restSent = true;
        yield { type: "text-delta", delta: text.slice(cut) };
        yield { type: "finish", finishReason: "stop" };
      },
    ]);
    const client = createInstructor({ adapter });
    const seen: { user: unknown; restSent: boolean }[] = [];
    for await (const user of client.generateIterable({ responseModel: User, model, prompt: "p" })) {
      seen.push({ user, restSent });
      releaseRest();
    }
    expect(seen).toEqual([
      { user: jason, restSent: false },
      { user: amy, restSent: true },
    ]);
  });

  it("a retry does not yield again what was already yielded", async () => {
    const bad = { name: "Amy", age: "thirty-one" };
    const adapter = new StreamScriptAdapter([
      (request) => pieces(iterableText(request, [jason, bad]), [10]),
      (request) => pieces(iterableText(request, [jason, amy]), [10]),
    ]);
    const client = createInstructor({ adapter, maxRetries: 1 });
    const users = await collect(
      client.generateIterable({ responseModel: User, model, prompt: "p" }),
    );
    expect(users).toEqual([jason, amy]);
    expect(adapter.requests).toHaveLength(2);
  });

  it("an element that never validates ends in RetryError after the elements before it", async () => {
    const bad = { name: "Amy", age: "thirty-one" };
    const adapter = new StreamScriptAdapter([
      (request) => pieces(iterableText(request, [jason, bad]), []),
    ]);
    const client = createInstructor({ adapter, maxRetries: 0 });
    const users: unknown[] = [];
    const error = await (async () => {
      for await (const user of client.generateIterable({ responseModel: User, model, prompt: "p" }))
        users.push(user);
    })().catch((e: unknown) => e);
    expect(users).toEqual([jason]);
    expect(RetryError.isInstance(error)).toBe(true);
  });
});
