import { generateBatch, generateBatchIterable } from "../batch/generate-batch.js";
import type { InstructorContext } from "../call/instructor-context.js";
import { InstructorError } from "../errors/instructor-error.js";
import { ModeMemory } from "../fallback/mode-memory.js";
import { HookEmitter } from "../hooks/hook-emitter.js";
import type {
  GenerateStreamParams,
  Instructor,
  InstructorOptions,
} from "../instructor-types/instructor.js";
import type { ElementStreamEvent, ValueStreamEvent } from "../instructor-types/stream-event.js";
import { generateIterable } from "../stream/generate-iterable.js";
import { generatePartial } from "../stream/generate-partial.js";
import { generateElementStream, generateValueStream } from "../stream/generate-stream.js";
import type { ResponseModel } from "../types/response-model.js";
import { generateWithCompletion } from "./generate-with-completion.js";
import { withoutUndefined } from "./without-undefined.js";

/**
 * Creates a structured-output client over a provider adapter.
 *
 * ```ts
 * const instructor = createInstructor({ adapter: cerebrasAdapter(client), maxRetries: 2 });
 * const user = await instructor.generate({
 *   responseModel: z.object({ name: z.string(), age: z.number() }),
 *   model: "llama-3.3-70b",
 *   prompt: "Extract: Jason is 25 years old",
 * }); // { name: "Jason", age: 25 }, typed
 * ```
 *
 * `with(options)` returns a new client whose options are layered over this one's (`undefined`
 * values do not override; `limits` are layered one by one); it starts with a copy of the hook handlers subscribed at that moment,
 * plus `options.hooks`. Later `on`/`off` calls on either client do not affect the other. Both
 * share what mode fallbacks learned (see `modeFallback`).
 *
 * @throws InstructorError when `options.adapter` does not implement adapter spec "v2".
 */
export function createInstructor<TRaw>(options: InstructorOptions<TRaw>): Instructor<TRaw> {
  const { adapter, hooks, ...defaults } = options;
  if (adapter?.specificationVersion !== "v2") {
    throw new InstructorError(
      'createInstructor needs an adapter implementing ProviderAdapter specificationVersion "v2" (see docs/adapter-spec.md).',
    );
  }
  return instructorOf({
    adapter,
    defaults: withoutUndefined(defaults),
    hooks: new HookEmitter(hooks),
    modeMemory: new ModeMemory(),
  });
}

function instructorOf<TRaw>(context: InstructorContext<TRaw>): Instructor<TRaw> {
  function generateStream<S extends ResponseModel>(
    params: GenerateStreamParams<S> & { iterable: true },
  ): AsyncIterable<ElementStreamEvent<S>>;
  function generateStream<S extends ResponseModel>(
    params: GenerateStreamParams<S> & { iterable?: false },
  ): AsyncIterable<ValueStreamEvent<S>>;
  function generateStream<S extends ResponseModel>(
    params: GenerateStreamParams<S>,
  ): AsyncIterable<ElementStreamEvent<S>> | AsyncIterable<ValueStreamEvent<S>> {
    const { iterable, ...rest } = params;
    return iterable === true
      ? generateElementStream(context, rest)
      : generateValueStream(context, rest);
  }
  return {
    generate: async (params) => (await generateWithCompletion(context, params)).data,
    generateWithCompletion: (params) => generateWithCompletion(context, params),
    generateIterable: (params) => generateIterable(context, params),
    generatePartial: (params) => generatePartial(context, params),
    generateStream,
    generateBatch: (requests, options) =>
      generateBatch(
        (params) => generateWithCompletion(context, params, "generateBatch"),
        requests,
        options,
      ),
    generateBatchIterable: (requests, options) =>
      generateBatchIterable(
        (params) => generateWithCompletion(context, params, "generateBatch"),
        requests,
        options,
      ),
    on: (event, handler) => context.hooks.on(event, handler),
    off: (event, handler) => context.hooks.off(event, handler),
    with: ({ hooks, limits, ...patch }) => {
      const emitter = context.hooks.clone();
      emitter.register(hooks ?? {});
      const layered = { ...context.defaults.limits, ...withoutUndefined(limits ?? {}) };
      return instructorOf({
        adapter: context.adapter,
        defaults: { ...context.defaults, ...withoutUndefined(patch), limits: layered },
        hooks: emitter,
        modeMemory: context.modeMemory,
      });
    },
  };
}
