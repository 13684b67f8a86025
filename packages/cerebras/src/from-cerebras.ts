import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { createInstructor, type Instructor, type InstructorOptions } from "@instr/core";
import { cerebrasAdapter } from "./cerebras-adapter.js";
import type { CerebrasCompletion } from "./expect-wire-shape.js";

/**
 * A structured-output client over a Cerebras SDK client: the counterpart of Python instructor's `instructor.from_cerebras`.
 * For adapter options (default mode, capability overrides) use
 * `createInstructor({ adapter: cerebrasAdapter(client, adapterOptions), ...options })`.
 *
 * @example
 * const client = fromCerebras(new Cerebras());
 * const user = await client.generate({ model: "gpt-oss-120b", responseModel: User, prompt: "…" });
 */
export function fromCerebras(
  client: Cerebras,
  options: Omit<InstructorOptions, "adapter"> = {},
): Instructor<CerebrasCompletion> {
  return createInstructor({ ...options, adapter: cerebrasAdapter(client) });
}
