import type { AdapterStreamPart, FinishReason, ProviderAdapter } from "../types/adapter.js";
import { Mode } from "../types/mode.js";
import type { Usage } from "../types/usage.js";

/** Test streams: `text` cut into chunks of `size` characters as text deltas, then a finish. */
export function textParts(
  text: string,
  options: { size?: number; finishReason?: FinishReason; usage?: Usage } = {},
): AdapterStreamPart[] {
  const size = options.size ?? 3;
  const parts: AdapterStreamPart[] = [];
  for (let i = 0; i < text.length; i += size) {
    parts.push({ type: "text-delta", delta: text.slice(i, i + size) });
  }
  return [...parts, finishPart(options.finishReason ?? "stop", options.usage)];
}

/** Test streams: one tool call named `name` whose arguments `args` arrive in `size` chunks. */
export function toolParts(
  name: string,
  args: string,
  options: { size?: number; index?: number; usage?: Usage } = {},
): AdapterStreamPart[] {
  const size = options.size ?? 3;
  const index = options.index ?? 0;
  const parts: AdapterStreamPart[] = [
    { type: "tool-call-delta", index, id: `call_${index}`, name, argumentsDelta: "" },
  ];
  for (let i = 0; i < args.length; i += size) {
    parts.push({ type: "tool-call-delta", index, argumentsDelta: args.slice(i, i + size) });
  }
  return [...parts, finishPart("tool_calls", options.usage)];
}

function finishPart(finishReason: FinishReason, usage: Usage | undefined): AdapterStreamPart {
  return { type: "finish", finishReason, ...(usage === undefined ? {} : { usage }) };
}

/** A JSON-mode adapter whose every `stream()` call runs `stream` (tests of hand-written streams). */
export function streamingAdapter(stream: () => AsyncIterable<AdapterStreamPart>): ProviderAdapter {
  return {
    specificationVersion: "v2",
    provider: "scripted",
    defaultMode: Mode.JSON,
    supportedModes: [Mode.JSON],
    inputKinds: () => ["text"],
    complete: () => Promise.reject(new Error("this adapter only streams")),
    stream,
  };
}
