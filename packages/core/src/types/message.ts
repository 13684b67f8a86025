import type { ReasoningPart, SystemContent, UserContent } from "./content-part.js";
import type { ProviderMetadata } from "./provider-metadata.js";

/** A tool call made by the model: `arguments` is the raw JSON text the model wrote. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
  providerMetadata?: ProviderMetadata;
}

/**
 * A provider-neutral chat message. Adapters map it to their wire format. Each role is its own
 * member, so `Extract<Message, { role: "user" }>` and `Exclude<Message, { role: "system" }>`
 * narrow as expected. An assistant turn core builds for a re-ask carries the model's `reasoning`
 * and the `providerMetadata` the adapter returned, unchanged.
 */
export type Message =
  | { role: "system"; content: SystemContent; providerMetadata?: ProviderMetadata }
  | { role: "user"; content: UserContent; providerMetadata?: ProviderMetadata }
  | {
      role: "assistant";
      content: string | null;
      reasoning?: ReasoningPart[];
      toolCalls?: ToolCall[];
      providerMetadata?: ProviderMetadata;
    }
  | { role: "tool"; toolCallId: string; content: string; providerMetadata?: ProviderMetadata };
