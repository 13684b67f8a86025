import { expect, it } from "vitest";
import { z } from "zod";
import { RefusalError } from "../../errors/refusal-error.js";
import { createInstructor } from "../../instructor/create-instructor.js";
import { completeAndStream } from "./complete-and-stream.js";
import { personJson, scriptedUsage } from "./fixtures.js";
import { rejectionOf } from "./rejection-of.js";
import { pickMode, type SuiteContext } from "./suite-context.js";

/** The zod twin of the fixtures' person schema, for the cases that go through core. */
const person = z.object({ name: z.string(), age: z.number().int() });

/** Reasoning text and refusals, for providers that report them. */
export function describeCapabilityCases(context: SuiteContext): void {
  const { harness, model, options } = context;

  if (options.reasoning) {
    it("reports reasoning text from complete() and as reasoning deltas from stream()", async () => {
      const reasoning = "The text names Jason and says he is 25.";
      const { response, collected } = await completeAndStream(
        context,
        pickMode(context, "md_json"),
        {
          type: "message",
          text: personJson,
          reasoning,
          finishReason: "stop",
          usage: scriptedUsage,
          chunkSize: 6,
        },
      );
      expect(response.reasoning?.map((part) => part.text).join("")).toBe(reasoning);
      expect(collected.reasoning).toBe(reasoning);
      expect(collected.text).toBe(personJson);
    });
  }

  if (options.refusal === "text") {
    it("reports a refusal from complete() and as refusal deltas from stream()", async () => {
      const refusal = "I can't help with that request.";
      const { response, collected } = await completeAndStream(
        context,
        pickMode(context, "json_schema"),
        { type: "message", text: null, refusal, finishReason: "stop", usage: scriptedUsage },
      );
      expect(response.refusal).toBe(refusal);
      expect(collected.refusal).toBe(refusal);
      expect(collected.parts.at(-1)?.type).toBe("finish");
    });
  }

  if (options.refusal === "stop_reason") {
    it("maps a refusal stop reason to content_filter, keeps the text, and core raises RefusalError", async () => {
      const mode = pickMode(context, "md_json");
      const text = "I can't help with that request.";
      const reply = {
        type: "message",
        text,
        finishReason: "content_filter",
        usage: scriptedUsage,
        chunkSize: 8,
      } as const;
      const { adapter, response, collected } = await completeAndStream(context, mode, reply);
      expect(response).toMatchObject({ text, finishReason: "content_filter" });
      expect(response.refusal).toBeUndefined();
      expect(collected.text).toBe(text);
      expect(collected.parts.at(-1)).toMatchObject({
        type: "finish",
        finishReason: "content_filter",
      });
      // The contract's other half: core turns the stop reason into RefusalError, not a re-ask.
      harness.script(reply);
      const instructor = createInstructor({ adapter, maxRetries: 0 });
      const error = await rejectionOf(
        instructor.generate({ responseModel: person, model, prompt: "Jason is 25.", mode }),
      );
      expect(RefusalError.isInstance(error)).toBe(true);
    });
  }
}
