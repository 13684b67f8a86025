import type { InputKind } from "@instr/core/adapter";

const visual: readonly InputKind[] = ["text", "image", "pdf"];
const audible: readonly InputKind[] = ["text", "image", "pdf", "audio"];

/**
 * The content parts an OpenAI chat model takes: text, images and PDFs
 * (https://platform.openai.com/docs/guides/images-vision, /docs/guides/pdf-files), plus audio
 * for the audio models (`gpt-4o-audio-preview`…, /docs/guides/audio). Another OpenAI-compatible
 * endpoint sets its own with the adapter's `inputKinds` option.
 */
export function openaiInputKinds(model: string): readonly InputKind[] {
  return model.includes("audio") ? audible : visual;
}
