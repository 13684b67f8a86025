import { expect, it } from "vitest";
import { ProviderError } from "../../errors/provider-error.js";
import type { AdapterRequest, ProviderAdapter } from "../../types/adapter.js";
import { collectStream } from "./collect-stream.js";
import { errorText } from "./error-text.js";
import { conformanceRequest } from "./fixtures.js";
import { rejectionOf } from "./rejection-of.js";
import { pickMode, type SuiteContext } from "./suite-context.js";

const statuses: ReadonlyArray<[status: number, retryable: boolean]> = [
  [400, false],
  [401, false],
  [404, false],
  [429, true],
  [500, true],
  [503, true],
];

type Call = (adapter: ProviderAdapter, request: AdapterRequest) => Promise<unknown>;
const calls: ReadonlyArray<[name: string, call: Call]> = [
  ["complete()", (adapter, request) => adapter.complete(request)],
  ["stream()", (adapter, request) => collectStream(adapter.stream(request))],
];

/** HTTP and transport failures become `ProviderError`s that never contain the API key. */
export function describeErrorCases(context: SuiteContext): void {
  const { harness, model } = context;
  const setup = () => {
    const adapter = harness.makeAdapter();
    return { adapter, request: conformanceRequest(adapter, pickMode(context, "tools"), model) };
  };

  for (const [name, call] of calls) {
    for (const [status, retryable] of statuses) {
      it(`${name} maps HTTP ${status} to ProviderError (isRetryable ${retryable})`, async () => {
        const { adapter, request } = setup();
        const message = `scripted failure ${status}`;
        harness.script({ type: "error", status, message });
        const error = await rejectionOf(call(adapter, request));
        expect(ProviderError.isInstance(error)).toBe(true);
        if (!ProviderError.isInstance(error)) return;
        expect(error.status).toBe(status);
        expect(error.isRetryable).toBe(retryable);
        expect(error.provider).toBe(adapter.provider);
        expect(error.message).toContain(message);
      });
    }

    it(`${name} keeps retry-after and rate-limit headers of a 429`, async () => {
      const { adapter, request } = setup();
      harness.script({
        type: "error",
        status: 429,
        message: "slow down",
        headers: { "retry-after": "7", "x-ratelimit-remaining-requests": "0" },
      });
      const error = await rejectionOf(call(adapter, request));
      expect(ProviderError.isInstance(error) && error.headers).toMatchObject({
        "retry-after": "7",
      });
    });

    it(`${name} maps a dropped connection to a retryable ProviderError without status`, async () => {
      const { adapter, request } = setup();
      harness.script({ type: "drop" });
      const error = await rejectionOf(call(adapter, request));
      expect(ProviderError.isInstance(error)).toBe(true);
      if (!ProviderError.isInstance(error)) return;
      expect(error.status).toBeUndefined();
      expect(error.isRetryable).toBe(true);
    });

    it(`${name} never puts the API key in an error, even when the provider repeats it`, async () => {
      const { adapter, request } = setup();
      harness.script({
        type: "error",
        status: 401,
        message: `Incorrect API key provided: ${harness.apiKey}`,
      });
      const error = await rejectionOf(call(adapter, request));
      expect(ProviderError.isInstance(error)).toBe(true);
      expect(errorText(error)).toContain("Incorrect API key provided");
      expect(errorText(error)).not.toContain(harness.apiKey);
    });
  }
}
