import { Mode } from "@instr/core";
import type { Reply } from "@instr/mock-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JASON, jsonAnswer, userCall } from "./support/fixtures.js";
import { LeakProbe } from "./support/leak-probe.js";
import { useMockProvider } from "./support/mock-provider.js";
import { drain, rejectionOf } from "./support/outcome.js";
import { SECRET } from "./support/secret.js";
import { chunk, sseReply } from "./support/sse-reply.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

/** The key as the server received it, echoed back: what a careless or hostile server does. */
function echoedKey(authorization: unknown): string {
  return `Incorrect API key provided: ${String(authorization)}`;
}

/** A stream with one chunk of text, then an in-stream error event that echoes `text`. */
function streamErrorEcho(text: string): Reply {
  const error = { error: { message: text, type: "invalid_request_error" }, status_code: 401 };
  return sseReply([chunk({ role: "assistant", content: '{"name":' }), error]);
}

describe("the leak probe", () => {
  it("finds the key deep in a cause's fields, in hook payloads and on the console", () => {
    const probe = new LeakProbe();
    const cause = Object.assign(new Error("upstream"), { headers: { auth: `Bearer ${SECRET}` } });
    expect(probe.findings(SECRET, new Error("wrapped", { cause }))).not.toEqual([]);
    probe.captureConsole();
    console.warn({ nested: { key: SECRET } });
    probe.restore();
    expect(probe.findings(SECRET)).not.toEqual([]);
  });
});

describe.each(["cerebras", "openai"] as const)("the API key never leaks (%s SDK)", (dialect) => {
  const provider = useMockProvider(dialect);
  let probe = new LeakProbe();
  beforeEach(() => {
    probe = new LeakProbe();
  });
  afterEach(() => probe.restore());

  it("the request really carries the key (the probe would see a leak)", async () => {
    provider.server.enqueue(jsonAnswer());
    await provider.instructor().generate(userCall());
    expect(provider.server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it.each([
    ["401 whose message echoes the key", 401],
    ["400 whose message echoes the key", 400],
    ["500 (after transport retries) whose message echoes the key", 500],
  ] as const)("%s", async (_, status) => {
    provider.server.setHandler((request) => ({
      type: "error",
      status,
      message: echoedKey(request.headers.authorization),
      headers: { "retry-after-ms": "1" },
    }));
    const instructor = probe.watch(provider.instructor({ transport: { maxRetries: 1 } }));
    probe.captureConsole();
    const error = await rejectionOf(instructor.generate(userCall()));
    expect((error as Error).message).toMatch(/Incorrect API key provided/);
    expect(probe.findings(SECRET, error)).toEqual([]);
  });

  it("an error body that echoes the key in every field", async () => {
    provider.server.setHandler((request) => {
      const echo = echoedKey(request.headers.authorization);
      const fields = { message: echo, type: echo, param: echo, code: echo };
      return {
        type: "error",
        status: 403,
        body: dialect === "openai" ? { error: fields } : fields,
      };
    });
    const instructor = probe.watch(provider.instructor());
    probe.captureConsole();
    const error = await rejectionOf(instructor.generate(userCall()));
    expect(probe.findings(SECRET, error)).toEqual([]);
  });

  it("an in-stream error event that echoes the key (generatePartial)", async () => {
    provider.server.enqueue(streamErrorEcho(echoedKey(`Bearer ${SECRET}`)));
    const instructor = probe.watch(provider.instructor());
    probe.captureConsole();
    const { error } = await drain(instructor.generatePartial(userCall({ mode: Mode.JSON })));
    expect(error).toBeInstanceOf(Error);
    expect(probe.findings(SECRET, error)).toEqual([]);
  });

  it("a successful call with re-asks: no hook payload carries the key", async () => {
    provider.server.enqueue(jsonAnswer({ name: 1 }), { type: "message", content: "not json" });
    provider.server.setHandler(() => jsonAnswer());
    const instructor = probe.watch(provider.instructor({ maxRetries: 2 }));
    probe.captureConsole();
    await expect(instructor.generate(userCall())).resolves.toEqual(JASON);
    const hooks = new Set(probe.hookPayloads.map((p) => p.hook));
    expect(hooks).toEqual(
      new Set([
        "completion:kwargs",
        "completion:response",
        "parse:error",
        "retry",
        "completion:last_attempt",
      ]),
    );
    expect(probe.findings(SECRET)).toEqual([]);
  });
});
