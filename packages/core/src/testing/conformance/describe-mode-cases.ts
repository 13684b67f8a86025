import { describe, expect, it } from "vitest";
import type { Mode } from "../../types/mode.js";
import { collectStream } from "./collect-stream.js";
import { answerFor, conformanceRequest, everyRole, scriptedUsage } from "./fixtures.js";
import type { SuiteContext, SuiteOptions } from "./suite-context.js";
import type { ObservedOutput } from "./types.js";

/** Request shape and result of `complete` and `stream` in every mode under test. */
export function describeModeCases(context: SuiteContext): void {
  const { harness, model, options } = context;

  for (const mode of context.modes) {
    describe(`mode ${mode}`, () => {
      it("maps the request to the wire: model, messages, options and the mode's output format", async () => {
        const adapter = harness.makeAdapter();
        const request = conformanceRequest(adapter, mode, model);
        harness.script(answerFor(mode, request.schema.name));
        await adapter.complete(request);
        const observed = harness.lastRequest();
        expect(observed.model).toBe(model);
        expect(observed.messages).toEqual(request.messages);
        expect(observed.temperature).toBe(request.temperature);
        expect(observed.maxTokens).toBe(request.maxTokens);
        expect(observed.stream).toBe(false);
        expect(observed.output).toEqual(expectedOutput(mode, request.schema, options));
      });

      it("complete() returns the answer, finish reason and usage", async () => {
        const adapter = harness.makeAdapter();
        const request = conformanceRequest(adapter, mode, model);
        const answer = answerFor(mode, request.schema.name);
        harness.script(answer);
        const response = await adapter.complete(request);
        if (mode === "tools") {
          expect(response.toolCalls).toEqual(answer.toolCalls);
        } else {
          expect(response.text).toBe(answer.text);
          expect(response.toolCalls).toEqual([]);
        }
        expect(response.finishReason).toBe(answer.finishReason);
        expect(response.usage).toEqual(scriptedUsage);
        expect(response.refusal).toBeUndefined();
        expect(response.raw).toBeDefined();
      });

      it("stream() sends the same request as a stream and yields deltas, then one finish part", async () => {
        const adapter = harness.makeAdapter();
        const request = conformanceRequest(adapter, mode, model);
        const answer = answerFor(mode, request.schema.name);
        harness.script(answer);
        const collected = await collectStream(adapter.stream(request));
        const observed = harness.lastRequest();
        expect(observed.stream).toBe(true);
        expect(observed.messages).toEqual(request.messages);
        expect(observed.output).toEqual(expectedOutput(mode, request.schema, options));
        if (mode === "tools") {
          expect(collected.toolCalls).toEqual(answer.toolCalls);
          expect(collected.argumentDeltas[0]).toBeGreaterThan(1);
        } else {
          expect(collected.text).toBe(answer.text);
          const textDeltas = collected.parts.filter((part) => part.type === "text-delta");
          expect(textDeltas.length).toBeGreaterThan(1);
        }
        const finishes = collected.parts.filter((part) => part.type === "finish");
        expect(finishes).toHaveLength(1);
        expect(collected.parts.at(-1)).toMatchObject({
          type: "finish",
          finishReason: answer.finishReason,
          usage: scriptedUsage,
        });
      });
    });
  }

  it("maps every message role: system, user, assistant tool calls, tool results", async () => {
    const adapter = harness.makeAdapter();
    const mode = context.modes[0] ?? adapter.defaultMode;
    const request = conformanceRequest(adapter, mode, model, { messages: everyRole });
    harness.script(answerFor(mode, request.schema.name));
    await adapter.complete(request);
    expect(harness.lastRequest().messages).toEqual(everyRole);
  });

  const { defaultMaxTokens } = options;
  const noOptions =
    defaultMaxTokens === undefined
      ? "leaves temperature and max tokens out when the request has none"
      : `leaves temperature out and sends the default max tokens (${defaultMaxTokens}) when the request has none`;
  it(noOptions, async () => {
    const adapter = harness.makeAdapter();
    const mode = context.modes[0] ?? adapter.defaultMode;
    const { temperature: _t, maxTokens: _m, ...request } = conformanceRequest(adapter, mode, model);
    harness.script(answerFor(mode, request.schema.name));
    await adapter.complete(request);
    const observed = harness.lastRequest();
    expect(observed.temperature).toBeUndefined();
    expect(observed.maxTokens).toBe(defaultMaxTokens);
  });
}

function expectedOutput(
  mode: Mode,
  schema: { name: string; description?: string; jsonSchema: Record<string, unknown> },
  options: SuiteOptions,
): ObservedOutput {
  switch (mode) {
    case "tools":
      return {
        kind: "tool",
        name: schema.name,
        ...(schema.description === undefined ? {} : { description: schema.description }),
        parameters: schema.jsonSchema,
        forced: options.forcesToolChoice,
      };
    case "json":
      // Prompt-only JSON mode: core's instructions in the messages are all the wire gets.
      return options.jsonMode === "json_object" ? { kind: "json_object" } : { kind: "none" };
    case "json_schema":
      return { kind: "json_schema", name: schema.name, schema: schema.jsonSchema, strict: true };
    case "md_json":
      return { kind: "none" };
  }
}
