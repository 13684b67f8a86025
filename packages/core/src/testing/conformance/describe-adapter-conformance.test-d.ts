import { expectTypeOf, it } from "vitest";
import { MockAdapter } from "../mock-adapter.js";
import { describeAdapterConformance } from "./describe-adapter-conformance.js";
import type { ScriptableChatServer } from "./mock-server-scripting.js";
import { openAIChatHarness, openAIChatScripting } from "./openai-chat-harness.js";

declare const server: ScriptableChatServer;

it("takes the documented (name, makeAdapter, scripting & options) shape", () => {
  const scripting = openAIChatScripting({ server });
  expectTypeOf(describeAdapterConformance).toBeCallableWith("p", () => new MockAdapter(), {
    ...scripting,
    reasoning: true,
  });
  expectTypeOf(describeAdapterConformance).toBeCallableWith(
    "p",
    () => new MockAdapter(),
    scripting,
  );
  // @ts-expect-error: an adapter factory needs the scripting.
  describeAdapterConformance("p", () => new MockAdapter());
  // @ts-expect-error: options alone do not script the provider.
  describeAdapterConformance("p", () => new MockAdapter(), { reasoning: true });
  // @ts-expect-error: the adapter factory takes no arguments.
  describeAdapterConformance("p", (url: string) => new MockAdapter({ provider: url }), scripting);
});

it("takes the (name, harness, options?) shape", () => {
  const harness = openAIChatHarness({ server, makeAdapter: () => new MockAdapter() });
  expectTypeOf(describeAdapterConformance).toBeCallableWith("p", harness);
  expectTypeOf(describeAdapterConformance).toBeCallableWith("p", harness, { refusal: true });
  // @ts-expect-error: a harness is an object, not a factory of one.
  describeAdapterConformance("p", () => harness, { refusal: true });
});

it("takes the options for other wires", () => {
  const harness = openAIChatHarness({ server, makeAdapter: () => new MockAdapter() });
  expectTypeOf(describeAdapterConformance).toBeCallableWith("p", harness, {
    jsonMode: "prompt_only",
    defaultMaxTokens: 4096,
    refusal: "stop_reason",
    midStreamFailures: false,
  });
  expectTypeOf(describeAdapterConformance).toBeCallableWith("p", harness, { refusal: "text" });
  // @ts-expect-error: JSON mode is a JSON-object format or prompt-only, nothing else.
  describeAdapterConformance("p", harness, { jsonMode: "json_schema" });
  // @ts-expect-error: a refusal is a text or a stop reason.
  describeAdapterConformance("p", harness, { refusal: "content_filter" });
});
