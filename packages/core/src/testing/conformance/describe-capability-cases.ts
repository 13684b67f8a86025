import { expect, it } from "vitest";
import { RefusalError } from "../../errors/refusal-error.js";
import { collectStream } from "./collect-stream.js";
import { conformanceRequest, personJson, scriptedUsage } from "./fixtures.js";
import { pickMode, type SuiteContext } from "./suite-context.js";

/** Reasoning text and refusals, for providers that report them. */
export function describeCapabilityCases(context: SuiteContext): void {
  const { harness, model, options } = context;

  if (options.reasoning) {
    it("reports reasoning text from complete() and as reasoning deltas from stream()", async () => {
      const adapter = harness.makeAdapter();
      const request = conformanceRequest(adapter, pickMode(context, "md_json"), model);
      const reasoning = "The text names Jason and says he is 25.";
      const reply = {
        type: "message",
        text: personJson,
        reasoning,
        finishReason: "stop",
        usage: scriptedUsage,
        chunkSize: 6,
      } as const;
      harness.script(reply);
      expect((await adapter.complete(request)).reasoning).toBe(reasoning);
      harness.script(reply);
      const collected = await collectStream(adapter.stream(request));
      expect(collected.reasoning).toBe(reasoning);
      expect(collected.text).toBe(personJson);
    });
  }

  if (options.refusal) {
    it("reports a refusal from complete() and ends a refusing stream with RefusalError", async () => {
      const adapter = harness.makeAdapter();
      const request = conformanceRequest(adapter, pickMode(context, "json_schema"), model);
      const refusal = "I can't help with that request.";
      const reply = {
        type: "message",
        text: null,
        refusal,
        finishReason: "stop",
        usage: scriptedUsage,
      } as const;
      harness.script(reply);
      expect((await adapter.complete(request)).refusal).toBe(refusal);
      harness.script(reply);
      const error = await collectStream(adapter.stream(request)).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(RefusalError.isInstance(error)).toBe(true);
      expect(RefusalError.isInstance(error) && error.refusal).toBe(refusal);
    });
  }
}
