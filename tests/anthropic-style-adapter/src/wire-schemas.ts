import { z } from "zod";

// The parts of the Anthropic-Messages-style wire this adapter reads. Parsing the server's JSON
// with zod turns a malformed answer into a clear ProviderError instead of an `undefined` later.

const wireUsage = z.object({
  input_tokens: z.number().optional(),
  output_tokens: z.number().optional(),
});

/** Token counts as the server reports them (the stream sends them in two halves). */
export type WireUsage = z.output<typeof wireUsage>;

// One flat shape for every content block: `type` says which fields are set. Block types this
// adapter does not use (e.g. redacted thinking) pass and are ignored.
const contentBlock = z.object({
  type: z.string(),
  text: z.string().optional(),
  thinking: z.string().optional(),
  signature: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
  input: z.unknown().optional(),
});

/** One content block of an answer. */
export type WireContentBlock = z.output<typeof contentBlock>;

/** A whole (non-streamed) message. */
export const wireMessage = z.object({
  content: z.array(contentBlock),
  stop_reason: z.string().nullish(),
  usage: wireUsage.nullish(),
});

/** One server-sent event of a streamed message (the `data:` payload; `type` names the event). */
export const wireEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message_start"), message: z.object({ usage: wireUsage.nullish() }) }),
  z.object({
    type: z.literal("content_block_start"),
    index: z.number(),
    content_block: contentBlock,
  }),
  z.object({
    type: z.literal("content_block_delta"),
    index: z.number(),
    // Flat as well: text_delta, thinking_delta, signature_delta, input_json_delta (others ignored).
    delta: z.object({
      type: z.string(),
      text: z.string().optional(),
      thinking: z.string().optional(),
      signature: z.string().optional(),
      partial_json: z.string().optional(),
    }),
  }),
  z.object({ type: z.literal("content_block_stop"), index: z.number() }),
  z.object({
    type: z.literal("message_delta"),
    delta: z.object({ stop_reason: z.string().nullish() }),
    usage: wireUsage.nullish(),
  }),
  z.object({ type: z.literal("message_stop") }),
  z.object({ type: z.literal("ping") }),
  z.object({
    type: z.literal("error"),
    error: z.object({ type: z.string().optional(), message: z.string() }),
  }),
]);
