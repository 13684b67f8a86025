export { createMdJsonExtractor, type MdJsonExtractor } from "./md-json-extractor.js";
export {
  createPartialJsonParser,
  type PartialJsonParser,
  type PartialJsonParserOptions,
} from "./partial-json-parser.js";
