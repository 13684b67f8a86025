export {
  type OpenAIChatToolOptions,
  openAIChatModeFields,
} from "./openai-chat-mode-fields.js";
export type {
  OpenAIChatMessage,
  OpenAIChatModeFields,
  OpenAIChatTool,
  OpenAIChatToolCall,
} from "./openai-chat-types.js";
export { toOpenAIChatMessages } from "./to-openai-chat-messages.js";
