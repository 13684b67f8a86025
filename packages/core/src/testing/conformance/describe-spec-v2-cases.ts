import { expect, it } from "vitest";
import { z } from "zod";
import { IncompleteOutputError } from "../../errors/incomplete-output-error.js";
import { UnsupportedInputError } from "../../errors/unsupported-input-error.js";
import { createInstructor } from "../../instructor/create-instructor.js";
import type { InputKind } from "../../types/adapter.js";
import type { UserContentPart } from "../../types/content-part.js";
import type { Message } from "../../types/message.js";
import { collectStream } from "./collect-stream.js";
import { answerFor, conformanceRequest, personJson, scriptedUsage } from "./fixtures.js";
import { rejectionOf } from "./rejection-of.js";
import { pickMode, type SuiteContext } from "./suite-context.js";

const person = z.object({ name: z.string(), age: z.number().int() });

/** One small sample part per input kind (base64 payloads of real file headers). */
const samples: Record<Exclude<InputKind, "text">, UserContentPart> = {
  image: { type: "image", image: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" },
  pdf: { type: "file", data: "JVBERi0xLjQK", mediaType: "application/pdf", filename: "a.pdf" },
  audio: { type: "file", data: "UklGRiQAAABXQVZFZm10IA==", mediaType: "audio/wav" },
  file: { type: "file", data: "aGVsbG8=", mediaType: "text/plain", filename: "a.txt" },
};

/**
 * What spec v2 adds: content parts against the declared input kinds, reasoning round trips,
 * streams without a finish reason, and `providerOptions` namespacing and precedence.
 */
export function describeSpecV2Cases(context: SuiteContext): void {
  const { harness, model, options } = context;

  for (const [kind, part] of Object.entries(samples) as [keyof typeof samples, UserContentPart][]) {
    it(`a ${kind} part reaches the wire as a part when declared, else UnsupportedInputError before any request`, async () => {
      const adapter = harness.makeAdapter();
      const mode = pickMode(context, "json");
      const prompt: UserContentPart[] = [{ type: "text", text: "Who is this?" }, part];
      if (adapter.inputKinds(model).includes(kind)) {
        harness.script(answerFor(mode, "Person"));
        const request = conformanceRequest(adapter, mode, model, {
          messages: [{ role: "user", content: prompt }],
        });
        await adapter.complete(request);
        const user = harness.lastRequest().messages.find((m) => m.role === "user");
        const sent = user?.content;
        expect(Array.isArray(sent) && sent.map((p) => p.type)).toEqual(["text", part.type]);
        return;
      }
      const error = await rejectionOf(
        createInstructor({ adapter }).generate({ responseModel: person, model, mode, prompt }),
      );
      expect(UnsupportedInputError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ provider: adapter.provider, model, kind });
      expect(() => harness.lastRequest()).toThrow();
    });
  }

  if (options.reasoning !== false) {
    it("returns reasoning parts, and sends them back with their providerMetadata on a re-ask", async () => {
      const adapter = harness.makeAdapter();
      const mode = pickMode(context, "md_json");
      const roundTrip = options.reasoning === "round-trip";
      harness.script({
        type: "message",
        text: personJson,
        reasoning: "The text names Jason.",
        ...(roundTrip ? { reasoningSignature: "sig-conformance-1" } : {}),
        finishReason: "stop",
        usage: scriptedUsage,
      });
      const request = conformanceRequest(adapter, mode, model);
      const response = await adapter.complete(request);
      expect(response.reasoning?.map((p) => p.text).join("")).toBe("The text names Jason.");
      if (!roundTrip) return;
      expect(response.reasoning?.some((p) => p.providerMetadata !== undefined)).toBe(true);
      const assistant: Message = {
        role: "assistant",
        content: response.text,
        ...(response.reasoning === undefined ? {} : { reasoning: response.reasoning }),
        ...(response.providerMetadata === undefined
          ? {}
          : { providerMetadata: response.providerMetadata }),
      };
      harness.script(answerFor(mode, "Person"));
      await adapter.complete({
        ...request,
        messages: [...request.messages, assistant, { role: "user", content: "Again, please." }],
      });
      const sent = harness.lastRequest().messages.find((m) => m.role === "assistant");
      expect(sent?.role === "assistant" && sent.reasoning).toEqual(response.reasoning);
    });
  }

  it("fails a stream that ends without a finish reason with IncompleteOutputError", async () => {
    const adapter = harness.makeAdapter();
    const mode = pickMode(context, "json");
    harness.script({ ...answerFor(mode, "Person"), omitFinishReason: true });
    const error = await rejectionOf(
      collectStream(adapter.stream(conformanceRequest(adapter, mode, model))),
    );
    expect(IncompleteOutputError.isInstance(error)).toBe(true);
  });

  it("reads only its own providerOptions, and every field it sets wins over them", async () => {
    const adapter = harness.makeAdapter();
    for (const mode of context.modes) {
      for (const stream of [false, true]) {
        const request = conformanceRequest(adapter, mode, model);
        const send = async (providerOptions?: Record<string, Record<string, unknown>>) => {
          harness.script(answerFor(mode, "Person"));
          const sent = providerOptions === undefined ? request : { ...request, providerOptions };
          if (stream) await collectStream(adapter.stream(sent));
          else await adapter.complete(sent);
          return harness.lastRequest();
        };
        const plain = await send();
        const overrides = Object.fromEntries(
          Object.keys(plain.fields).map((field) => [field, "overridden by providerOptions"]),
        );
        const withOptions = await send({
          [adapter.provider]: { ...overrides, instr_conformance_probe: 7 },
          [`not-${adapter.provider}`]: { instr_conformance_other: 1 },
        });
        const { fields, ...observed } = withOptions;
        const { fields: plainFields, ...expected } = plain;
        expect(observed).toEqual(expected);
        expect(fields).toEqual({ ...plainFields, instr_conformance_probe: 7 });
      }
    }
  });
}
