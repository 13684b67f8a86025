import { InstructorError } from "../errors/instructor-error.js";
import type { DataContent, ImagePart } from "../types/content-part.js";

/**
 * The base64 text of `data`: bytes are encoded, a `data:` URL (string or `URL`) gives its
 * payload, any other string is taken to be base64 already.
 *
 * @throws InstructorError for an http(s) `URL` (its bytes are not at hand) or a `data:` URL that
 *   is not base64.
 */
export function base64Of(data: DataContent): string {
  if (data instanceof Uint8Array) return bytesToBase64(data);
  const text = data instanceof URL ? data.href : data;
  if (!text.startsWith("data:")) {
    if (data instanceof URL) {
      throw new InstructorError(
        `This provider takes the bytes of a file, not a link to it: pass the bytes or a data: URL instead of ${data.href}.`,
      );
    }
    return text;
  }
  const comma = text.indexOf(",");
  if (comma === -1 || !text.slice(0, comma).endsWith(";base64")) {
    throw new InstructorError("A data: URL must be base64-encoded (data:<media type>;base64,…).");
  }
  return text.slice(comma + 1);
}

/**
 * `data` as a URL a provider can fetch or decode: an http(s) `URL` as it is, a `data:` URL as it
 * is, bytes or base64 as a `data:` URL of `mediaType`.
 */
export function urlOf(data: DataContent, mediaType: string): string {
  if (data instanceof URL) return data.href;
  if (typeof data === "string" && data.startsWith("data:")) return data;
  return `data:${mediaType};base64,${base64Of(data)}`;
}

/**
 * An image part as a URL a provider can fetch or decode: {@link urlOf} its image, with the media
 * type {@link imageMediaType} finds for it.
 */
export function imageUrlOf(part: ImagePart): string {
  return urlOf(part.image, imageMediaType(part.image, part.mediaType));
}

/** Signatures of the common image formats, at the start of their bytes and of their base64. */
const imageSignatures: readonly { mediaType: string; bytes: number[]; base64: string }[] = [
  { mediaType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47], base64: "iVBORw0KGgo" },
  { mediaType: "image/jpeg", bytes: [0xff, 0xd8, 0xff], base64: "/9j/" },
  { mediaType: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38], base64: "R0lGOD" },
  { mediaType: "image/webp", bytes: [0x52, 0x49, 0x46, 0x46], base64: "UklGR" },
];

/**
 * The media type of an image part: its `mediaType`, else the one a `data:` URL names, else the
 * one its first bytes show (PNG, JPEG, GIF, WebP), else `image/jpeg`.
 */
export function imageMediaType(image: DataContent, mediaType: string | undefined): string {
  if (mediaType !== undefined) return mediaType;
  if (image instanceof Uint8Array) {
    const found = imageSignatures.find((s) => s.bytes.every((byte, i) => image[i] === byte));
    return found?.mediaType ?? "image/jpeg";
  }
  const text = image instanceof URL ? image.href : image;
  if (text.startsWith("data:")) return text.slice(5, text.search(/[;,]/)) || "image/jpeg";
  return imageSignatures.find((s) => text.startsWith(s.base64))?.mediaType ?? "image/jpeg";
}

function bytesToBase64(bytes: Uint8Array): string {
  // btoa takes a binary string; built in slices so a large file does not overflow the stack.
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
