/**
 * Model id prefixes that take Anthropic's structured outputs (`output_config.format` with a JSON
 * schema): Claude Sonnet 4.5, Opus 4.1 / 4.5 and Haiku 4.5 and their successors. Older models
 * answer such a request with a 400, so JSON_SCHEMA is refused for them before any request.
 */
const structuredOutputPrefixes = [
  "claude-sonnet-4-5",
  "claude-opus-4-1",
  "claude-opus-4-5",
  "claude-haiku-4-5",
  "claude-sonnet-5",
  "claude-opus-5",
  "claude-haiku-5",
] as const;

/** True when `model` takes structured outputs (JSON_SCHEMA mode). */
export function hasStructuredOutputs(model: string): boolean {
  return structuredOutputPrefixes.some((prefix) => model.startsWith(prefix));
}
