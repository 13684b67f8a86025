import type { AnswerError } from "../errors/answer-error.js";
import type { AdapterResponse, AdapterSchema } from "../types/adapter.js";
import type { Message } from "../types/message.js";
import type { Mode } from "../types/mode.js";

/**
 * Everything core knows about one mode, independent of the provider. The adapter maps the mode
 * to its wire format; the handler writes the mode's messages, finds the answer in a response and
 * writes the re-ask. Streaming code assembles an `AdapterResponse` from the stream and uses the
 * same handler, so both paths behave alike.
 */
export interface ModeHandler {
  readonly mode: Mode;
  /** The system instruction core adds for this mode (merged with the caller's system prompt). */
  instruction(schema: AdapterSchema): string;
  /**
   * The JSON text of the answer in `response` (not yet parsed).
   * @throws JsonParseError when the response holds no answer for this mode (no tool call, an
   *   empty content, no JSON fence…); it is re-asked like invalid JSON.
   */
  extractText(response: AdapterResponse, schema: AdapterSchema): string;
  /**
   * The messages appended to the conversation for the next attempt: the model's own answer as an
   * assistant message, then the error as a tool result (TOOLS) or a user message (others).
   */
  reaskMessages(response: AdapterResponse, error: AnswerError, schema: AdapterSchema): Message[];
}
