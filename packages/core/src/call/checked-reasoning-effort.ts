import { InstructorError } from "../errors/instructor-error.js";
import { UnsupportedReasoningError } from "../errors/unsupported-reasoning-error.js";
import type { ProviderAdapter } from "../types/adapter.js";
import { ReasoningEffort } from "../types/reasoning-effort.js";

const EFFORTS: readonly unknown[] = Object.values(ReasoningEffort);

/**
 * `effort` when `model` takes it, as far as the adapter's `reasoningEfforts` knows (an adapter
 * without it, or a model it does not know, takes any effort: the provider decides).
 *
 * @throws InstructorError for a value that is no `ReasoningEffort`;
 *   UnsupportedReasoningError when the model takes no effort, or not this one.
 */
export function checkedReasoningEffort(
  adapter: ProviderAdapter,
  model: string,
  effort: ReasoningEffort,
): ReasoningEffort {
  if (!EFFORTS.includes(effort)) {
    throw new InstructorError(
      `reasoningEffort must be "low", "medium" or "high", got ${JSON.stringify(effort)}.`,
    );
  }
  const supported = adapter.reasoningEfforts?.(model);
  if (supported === undefined || supported.includes(effort)) return effort;
  const fields = { provider: adapter.provider, model, reasoningEffort: effort };
  const message =
    supported.length === 0
      ? `The ${adapter.provider} model "${model}" takes no reasoningEffort (per the adapter's capability table): leave it out for this model, or correct the table if the model does reason.`
      : `The ${adapter.provider} model "${model}" takes reasoningEffort ${supported.map((e) => `"${e}"`).join(", ")}, not "${effort}".`;
  throw new UnsupportedReasoningError(message, { ...fields, supportedEfforts: supported });
}
