export { finishReasonFromOpenAIChat } from "./openai-chat-finish-reason.js";
export {
  type OpenAIChatToolOptions,
  openAIChatModeFields,
} from "./openai-chat-mode-fields.js";
export {
  reasoningFromOpenAIChat,
  reasoningPartsFromOpenAIChat,
} from "./openai-chat-reasoning.js";
export type {
  OpenAIChatChunk,
  OpenAIChatCompletion,
  OpenAIChatResponseToolCall,
  OpenAIChatToolCallDelta,
} from "./openai-chat-response-types.js";
export type {
  OpenAIChatAudioPart,
  OpenAIChatContentPart,
  OpenAIChatFilePart,
  OpenAIChatImagePart,
  OpenAIChatMessage,
  OpenAIChatModeFields,
  OpenAIChatTextPart,
  OpenAIChatTool,
  OpenAIChatToolCall,
} from "./openai-chat-types.js";
export { type OpenAIChatUsage, usageFromOpenAIChat } from "./openai-chat-usage.js";
export { responseFromOpenAIChat } from "./response-from-openai-chat.js";
export { streamPartsFromOpenAIChat } from "./stream-parts-from-openai-chat.js";
export { toOpenAIChatMessages } from "./to-openai-chat-messages.js";
