import { createInstructor, Mode, toResponse } from "@instr/core";
import type { AdapterStreamPart } from "@instr/core/adapter";
import { MockAdapter } from "@instr/core/testing";
import { z } from "zod";

/** The schema the test route answers with. */
export const Recipe = z.object({
  title: z.string().transform((t) => t.toUpperCase()),
  steps: z.array(z.string()),
});

/** `text` as text deltas of `size` characters, then a finish with usage. */
export function parts(text: string, size = 3): AdapterStreamPart[] {
  const deltas: AdapterStreamPart[] = [];
  for (let i = 0; i < text.length; i += size) {
    deltas.push({ type: "text-delta", delta: text.slice(i, i + size) });
  }
  const usage = { promptTokens: 1, completionTokens: 1, totalTokens: 2 };
  return [...deltas, { type: "finish", finishReason: "stop", usage }];
}

/**
 * A `fetch` that answers like a route handler: `toResponse(generateStream(…))` over a
 * `MockAdapter` scripted with `streams` (answering `responseModel`, default `Recipe`), the
 * request's signal passed on as a route would.
 */
export function routeFetch(
  adapter: MockAdapter,
  responseModel: z.ZodType = Recipe,
): {
  fetch: typeof fetch;
  bodies: unknown[];
} {
  const instructor = createInstructor({ adapter, mode: Mode.JSON });
  const bodies: unknown[] = [];
  const route = async (_url: string | URL | Request, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    const signal = init?.signal ?? undefined;
    return toResponse(
      instructor.generateStream({
        responseModel,
        model: "m",
        prompt: "p",
        ...(signal === undefined ? {} : { signal }),
      }),
      { flushMs: 0 },
    );
  };
  return { fetch: route, bodies };
}

export { MockAdapter };
