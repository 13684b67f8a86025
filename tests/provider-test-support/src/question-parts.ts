import type { UserContentPart } from "@instr/core";

/** The first bytes of a PNG; base64 `iVBORwECAw==` on the wire. */
export const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

/**
 * A user turn's question with a photo and a CV: a text part, an image part of {@link pngBytes}
 * and a PDF file part (base64 `JVBERi0xLjQK`, named `cv.pdf`), in that order.
 */
export const photoAndCv: UserContentPart[] = [
  { type: "text", text: "Who is this?" },
  { type: "image", image: pngBytes },
  { type: "file", data: "JVBERi0xLjQK", mediaType: "application/pdf", filename: "cv.pdf" },
];
