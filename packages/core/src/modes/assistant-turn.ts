import type { AdapterResponse } from "../types/adapter.js";
import type { Message } from "../types/message.js";

/**
 * The model's answer as the assistant turn of a re-ask: its text, tool calls, reasoning parts and
 * `providerMetadata`, all as the adapter returned them (a provider that signs its reasoning needs
 * it back unchanged). Tool calls only with `withToolCalls` (TOOLS mode answers each with a tool
 * result; a chat API rejects calls left unanswered).
 */
export function assistantTurn(
  response: AdapterResponse,
  withToolCalls: boolean,
): Extract<Message, { role: "assistant" }> {
  const turn: Extract<Message, { role: "assistant" }> = {
    role: "assistant",
    content: response.text,
  };
  if (response.reasoning !== undefined && response.reasoning.length > 0) {
    turn.reasoning = response.reasoning;
  }
  if (withToolCalls && response.toolCalls.length > 0) turn.toolCalls = response.toolCalls;
  if (response.providerMetadata !== undefined) turn.providerMetadata = response.providerMetadata;
  return turn;
}
