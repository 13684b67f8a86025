export { type FromLanguageModelOptions, fromLanguageModel } from "./from-language-model.js";
export {
  type LanguageModelAdapterOptions,
  languageModelAdapter,
} from "./language-model-adapter.js";
