import { IncompleteOutputError, Mode, ProviderError } from "@instr/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { JASON, jsonAnswer, userCall } from "./support/fixtures.js";
import { useMockProvider } from "./support/mock-provider.js";
import { drain } from "./support/outcome.js";
import { answerToolName } from "./support/request-body.js";
import { chunk, sseReply } from "./support/sse-reply.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

// A long enough answer that a broken stream has already shown several partial snapshots.
const PERSON = { name: "Jason Bourne-Identity", age: 25 };
const CONTENT = JSON.stringify(PERSON);
const STREAM_TIMEOUT = 5000;

/** Asserts a retryable ProviderError that kept a non-empty prefix of `CONTENT`. */
function expectBrokenStream(error: unknown, provider: string): asserts error is ProviderError {
  expect(ProviderError.isInstance(error)).toBe(true);
  if (!ProviderError.isInstance(error)) return;
  expect(error.provider).toBe(provider);
  expect(error.partialText).toBeTruthy();
  expect(CONTENT.startsWith(error.partialText ?? "")).toBe(true);
}

describe.each(["cerebras", "openai"] as const)("stream faults (%s SDK)", (dialect) => {
  const provider = useMockProvider(dialect);
  // The SDKs print malformed SSE lines with console.error; keep the run's output readable.
  beforeEach(() => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it(
    "dropped mid-stream: partial snapshots first, then a retryable ProviderError with the text so far",
    async () => {
      provider.server.enqueue(
        jsonAnswer(PERSON, { stream: { chunkSize: 4, chunkDelayMs: 2, dropAfterChunks: 5 } }),
      );
      const { yields, error } = await drain(provider.instructor().generatePartial(userCall()));
      expect(yields.length).toBeGreaterThan(0);
      for (const snapshot of yields) expect(PERSON.name.startsWith(snapshot.name ?? "")).toBe(true);
      expectBrokenStream(error, dialect);
      expect(error.isRetryable).toBe(true);
      expect(provider.server.requests).toHaveLength(1);
    },
    STREAM_TIMEOUT,
  );

  it(
    "dropped mid-stream in TOOLS mode: the partial tool arguments are kept",
    async () => {
      provider.server.setHandler((request) => {
        return {
          type: "message",
          toolCalls: [{ name: answerToolName(request.body), arguments: CONTENT }],
          stream: { chunkSize: 4, chunkDelayMs: 2, dropAfterChunks: 6 },
        };
      });
      const { yields, error } = await drain(
        provider.instructor().generatePartial(userCall({ mode: Mode.TOOLS })),
      );
      expect(yields.length).toBeGreaterThan(0);
      expectBrokenStream(error, dialect);
    },
    STREAM_TIMEOUT,
  );

  it(
    "a malformed SSE line: a ProviderError with the text so far, not a hang",
    async () => {
      provider.server.enqueue(
        jsonAnswer(PERSON, { stream: { chunkSize: 4, malformedAfterChunks: 4 } }),
      );
      const { error } = await drain(provider.instructor().generatePartial(userCall()));
      expectBrokenStream(error, dialect);
      expect(error.cause).toBeInstanceOf(Error);
      // The adapters disagree (docs/errors.md): Cerebras calls a corrupt event final, OpenAI transient.
      expect(error.isRetryable).toBe(dialect === "openai");
    },
    STREAM_TIMEOUT,
  );

  it(
    "an in-stream error event: a ProviderError carrying the provider's message",
    async () => {
      provider.server.enqueue(
        jsonAnswer(PERSON, { stream: { chunkSize: 4, errorAfterChunks: 4 } }),
      );
      const { error } = await drain(provider.instructor().generatePartial(userCall()));
      expectBrokenStream(error, dialect);
      const messages = `${error.message} ${String(error.cause)} ${String((error.cause as Error).cause)}`;
      expect(messages).toMatch(/Stream interrupted by an internal error/);
      expect(error.isRetryable).toBe(true);
    },
    STREAM_TIMEOUT,
  );

  it(
    "the finish chunk arrived but [DONE] did not: the complete answer is accepted",
    async () => {
      provider.server.enqueue(jsonAnswer(JASON, { stream: { omitDone: true } }));
      const { yields, error } = await drain(provider.instructor().generatePartial(userCall()));
      expect(error).toBeUndefined();
      expect(yields.at(-1)).toEqual(JASON);
    },
    STREAM_TIMEOUT,
  );

  it(
    "closed cleanly without a finish chunk or [DONE]: IncompleteOutputError with the text, not a guess",
    async () => {
      provider.server.enqueue(
        sseReply([
          chunk({ role: "assistant", content: "" }),
          chunk({ content: CONTENT.slice(0, 10) }),
          chunk({ content: CONTENT.slice(10, 20) }),
        ]),
      );
      const { error } = await drain(
        provider.instructor({ maxRetries: 1 }).generatePartial(userCall()),
      );
      // The adapter spec's stream guard: no finish reason means the answer may be cut short, so
      // it is never taken as complete, and the text received is kept.
      expect(IncompleteOutputError.isInstance(error)).toBe(true);
      if (!IncompleteOutputError.isInstance(error)) return;
      expect(error.rawText).toBe(CONTENT.slice(0, 20));
      expect(error.message).toMatch(/no finish reason/);
      // Not the model's mistake: not re-asked.
      expect(provider.server.requests).toHaveLength(1);
    },
    STREAM_TIMEOUT,
  );
});
