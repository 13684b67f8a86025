import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderAdapter } from "../../types/adapter.js";
import { Mode } from "../../types/mode.js";
import { type ConformanceArgs, resolveConformanceArgs } from "./conformance-args.js";
import { describeAbortCases } from "./describe-abort-cases.js";
import { describeCapabilityCases } from "./describe-capability-cases.js";
import { describeErrorCases } from "./describe-error-cases.js";
import { describeFinishCases } from "./describe-finish-cases.js";
import { describeMidStreamCases } from "./describe-mid-stream-cases.js";
import { describeModeCases } from "./describe-mode-cases.js";
import { describeSpecV2Cases } from "./describe-spec-v2-cases.js";
import { type SuiteContext, suiteOptions } from "./suite-context.js";
import type {
  AdapterConformanceHarness,
  ConformanceOptions,
  ConformanceScripting,
} from "./types.js";

/**
 * Defines a vitest suite that proves a `ProviderAdapter` keeps the adapter contract: the request
 * shape and result of every supported mode, streamed text and tool-call deltas, finish reasons,
 * usage, error mapping to `ProviderError` (status, `isRetryable`, retry headers, no API key),
 * streams that break off midway (`partialText`) and abort. Call it at the top level of a test file.
 *
 * This shape takes the adapter factory on its own; the third argument scripts the provider the
 * adapter talks to, with the {@link ConformanceOptions} beside it:
 *
 * ```ts
 * const server = await startMockServer({ dialect: "openai" });
 * const scripting = openAIChatScripting({ server });
 * describeAdapterConformance(
 *   "my-provider",
 *   () => myAdapter({ baseURL: server.baseURL, apiKey: scripting.apiKey }),
 *   { ...scripting, reasoning: true },
 * );
 * ```
 *
 * @param makeAdapter Makes a fresh adapter whose client talks to the scripted server with
 *   `scripting.apiKey`; called once when the suite is defined and once per test.
 * @param scripting The scripted provider ({@link ConformanceScripting}) and the options.
 */
export function describeAdapterConformance(
  name: string,
  makeAdapter: () => ProviderAdapter,
  scripting: ConformanceScripting & ConformanceOptions,
): void;
/**
 * Defines the adapter conformance suite from one harness object that makes the adapter and
 * scripts its provider (see the other overload for what the suite checks):
 *
 * ```ts
 * describeAdapterConformance("my-provider", myHarness, { reasoning: true });
 * ```
 *
 * @param harness Makes the adapter and scripts its server; for OpenAI-compatible chat wires,
 *   build it with `openAIChatHarness`.
 * @param options What the provider supports beyond the basics.
 */
export function describeAdapterConformance(
  name: string,
  harness: AdapterConformanceHarness,
  options?: ConformanceOptions,
): void;
export function describeAdapterConformance(name: string, ...args: ConformanceArgs): void {
  const { harness, options } = resolveConformanceArgs(args);
  describe(`${name}: adapter conformance`, () => {
    beforeAll(() => harness.setup?.());
    afterAll(() => harness.teardown?.());
    beforeEach(() => harness.reset?.());

    // The adapter itself is cheap to make and needs no server, so modes are known up front.
    const adapter = harness.makeAdapter();
    const context: SuiteContext = {
      harness,
      model: options.model ?? "conformance-model",
      modes: options.modes ?? adapter.supportedModes,
      options: suiteOptions(options),
    };

    it("declares specification v2, a provider name and the modes it supports", () => {
      const modes: readonly string[] = Object.values(Mode);
      expect(adapter.specificationVersion).toBe("v2");
      expect(adapter.provider).toMatch(/\S/);
      expect(adapter.supportedModes.length).toBeGreaterThan(0);
      for (const mode of adapter.supportedModes) expect(modes).toContain(mode);
      expect(adapter.supportedModes).toContain(adapter.defaultMode);
      for (const mode of context.modes) expect(adapter.supportedModes).toContain(mode);
    });

    describe("modes", () => describeModeCases(context));
    describe("finish reasons, usage and tool calls", () => describeFinishCases(context));
    // Only when there is something to test: vitest rejects an empty describe block.
    if (context.options.reasoning || context.options.refusal) {
      describe("reasoning and refusals", () => describeCapabilityCases(context));
    }
    describe("errors", () => describeErrorCases(context));
    if (context.options.midStreamFailures) {
      describe("mid-stream failures", () => describeMidStreamCases(context));
    }
    describe("abort", () => describeAbortCases(context));
    describe("spec v2", () => describeSpecV2Cases(context));
  });
}
