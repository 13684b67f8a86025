import type { AdapterResponse, ProviderAdapter } from "../../types/adapter.js";
import type { Mode } from "../../types/mode.js";
import { type CollectedStream, collectStream } from "./collect-stream.js";
import { conformanceRequest } from "./fixtures.js";
import type { SuiteContext } from "./suite-context.js";
import type { ScriptedMessage } from "./types.js";

/** One scripted answer as a fresh adapter reports it through `complete()` and `stream()`. */
export interface BothWays {
  adapter: ProviderAdapter;
  response: AdapterResponse;
  collected: CollectedStream;
}

/**
 * Scripts `reply` and sends the conformance request in `mode` through `complete()`, then scripts
 * it again and reads `stream()` to its end: the cases where both must report the same thing.
 */
export async function completeAndStream(
  context: SuiteContext,
  mode: Mode,
  reply: ScriptedMessage,
): Promise<BothWays> {
  const { harness, model } = context;
  const adapter = harness.makeAdapter();
  const request = conformanceRequest(adapter, mode, model);
  harness.script(reply);
  const response = await adapter.complete(request);
  harness.script(reply);
  const collected = await collectStream(adapter.stream(request));
  return { adapter, response, collected };
}
