import { z } from "zod";

// The parts of the OpenAI chat completions wire this adapter reads. Parsing the server's JSON
// with zod turns a malformed answer into a clear error instead of an `undefined` later on.

const wireUsage = z.object({
  prompt_tokens: z.number(),
  completion_tokens: z.number(),
  total_tokens: z.number(),
  prompt_tokens_details: z.object({ cached_tokens: z.number().nullish() }).nullish(),
  completion_tokens_details: z.object({ reasoning_tokens: z.number().nullish() }).nullish(),
});

/** The text fields of a message and of a stream delta alike. */
const textFields = {
  content: z.string().nullish(),
  refusal: z.string().nullish(),
  reasoning: z.string().nullish(),
};

const wireChoice = z.object({
  message: z.object({
    ...textFields,
    tool_calls: z
      .array(
        z.object({
          id: z.string(),
          function: z.object({ name: z.string(), arguments: z.string() }),
        }),
      )
      .nullish(),
  }),
  finish_reason: z.string().nullish(),
});

/** A whole (non-streamed) chat completion: at least one choice. */
export const wireCompletion = z.object({
  choices: z.tuple([wireChoice], wireChoice),
  usage: wireUsage.nullish(),
});

/** One server-sent event of a streamed completion. */
const wireChunk = z.object({
  choices: z.array(
    z.object({
      index: z.number().nullish(),
      delta: z.object({
        ...textFields,
        tool_calls: z
          .array(
            z.object({
              index: z.number(),
              id: z.string().nullish(),
              function: z
                .object({ name: z.string().nullish(), arguments: z.string().nullish() })
                .nullish(),
            }),
          )
          .nullish(),
      }),
      finish_reason: z.string().nullish(),
    }),
  ),
  usage: wireUsage.nullish(),
});

/**
 * An error event inside a stream (`{ error: { message, type }, status_code? }`): the server
 * failed after the answer had started.
 */
const wireStreamError = z.object({
  error: z.object({ message: z.string() }),
  status_code: z.number().optional(),
});

/** One server-sent event of a stream: a chunk of the answer, or an error. */
export const wireStreamEvent = z.union([wireStreamError, wireChunk]);
