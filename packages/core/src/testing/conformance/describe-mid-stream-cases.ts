import { expect, it } from "vitest";
import { ProviderError } from "../../errors/provider-error.js";
import type { AdapterStreamPart } from "../../types/adapter.js";
import { errorText } from "./error-text.js";
import { conformanceRequest, personJson, scriptedUsage } from "./fixtures.js";
import { pickMode, type SuiteContext } from "./suite-context.js";
import type { StreamInterrupt } from "./types.js";

/** Text deltas sent before the break: `personJson` in 4-character deltas. */
const afterTextDeltas = 3;
const chunkSize = 4;
/**
 * The pause between events gives the client time to read each one: a socket that closes while
 * its last event is still queued in the client's body stream loses that event (erroring a
 * `ReadableStream` discards its queue), so a drop promises only a prefix of what was sent.
 */
const chunkDelayMs = 15;

/**
 * A stream that breaks off after some text: a `ProviderError` (retryable, as for a 5xx or a
 * dropped connection) carrying the text received so far, and no `finish` part before it.
 */
export function describeMidStreamCases(context: SuiteContext): void {
  const { harness, model } = context;
  const kinds: ReadonlyArray<[name: string, kind: StreamInterrupt["with"]]> = [
    ["a connection dropped", "drop"],
    ["an error event", "error"],
  ];

  for (const [name, kind] of kinds) {
    it(`stream() maps ${name} mid-stream to a retryable ProviderError with partialText`, async () => {
      const adapter = harness.makeAdapter();
      const request = conformanceRequest(adapter, pickMode(context, "md_json"), model);
      harness.script({
        type: "message",
        text: personJson,
        finishReason: "stop",
        usage: scriptedUsage,
        chunkSize,
        chunkDelayMs,
        interrupt: { afterTextDeltas, with: kind },
      });
      const { parts, error } = await readUntilFailure(adapter.stream(request));
      const received = parts.map((part) => (part.type === "text-delta" ? part.delta : "")).join("");
      const sent = personJson.slice(0, afterTextDeltas * chunkSize);
      // An error event comes after every delta sent before it; a drop may lose the last one.
      if (kind === "error") expect(received).toBe(sent);
      else expect(received.length).toBeGreaterThan(0);
      expect(sent.startsWith(received)).toBe(true);
      expect(parts.filter((part) => part.type === "finish")).toEqual([]);
      expect(ProviderError.isInstance(error)).toBe(true);
      if (!ProviderError.isInstance(error)) return;
      expect(error.provider).toBe(adapter.provider);
      expect(error.partialText).toBe(received);
      expect(error.isRetryable).toBe(true);
      if (kind === "drop") expect(error.status).toBeUndefined();
      expect(errorText(error)).not.toContain(harness.apiKey);
    });
  }
}

/** The parts a stream yields before it throws, and what it throws. Fails when it does not. */
async function readUntilFailure(
  stream: AsyncIterable<AdapterStreamPart>,
): Promise<{ parts: AdapterStreamPart[]; error: unknown }> {
  const parts: AdapterStreamPart[] = [];
  try {
    for await (const part of stream) parts.push(part);
  } catch (error) {
    return { parts, error };
  }
  throw new Error(
    `expected the stream to fail midway, but it ended with ${JSON.stringify(parts.at(-1))}`,
  );
}
