import type { ProviderMetadata } from "./provider-metadata.js";

/**
 * The bytes of an image or file: a `URL` (http(s) or `data:`), the raw bytes, or a string that
 * is base64 or a `data:` URL.
 */
export type DataContent = URL | Uint8Array | string;

/** Text in a user or system message. */
export interface TextPart {
  type: "text";
  text: string;
  /** Opaque data for one provider (e.g. a cache hint), keyed by provider name. */
  providerMetadata?: ProviderMetadata;
}

/** An image in a user message. `mediaType` (e.g. `"image/png"`) when the bytes do not say it. */
export interface ImagePart {
  type: "image";
  image: DataContent;
  mediaType?: string;
  providerMetadata?: ProviderMetadata;
}

/**
 * A file in a user message: a PDF (`application/pdf`), audio (`audio/wav`, `audio/mpeg`, …) or
 * any other media type the model takes.
 */
export interface FilePart {
  type: "file";
  data: DataContent;
  mediaType: string;
  filename?: string;
  providerMetadata?: ProviderMetadata;
}

/**
 * What the model thought before answering, on an assistant turn. `providerMetadata` is whatever
 * the adapter attached (e.g. a signature) and goes back to it unchanged on a re-ask.
 */
export interface ReasoningPart {
  type: "reasoning";
  text: string;
  providerMetadata?: ProviderMetadata;
}

/** One part of a user message. */
export type UserContentPart = TextPart | ImagePart | FilePart;

/** The content of a user message (and of `prompt`): a string or parts. */
export type UserContent = string | UserContentPart[];

/**
 * The content of a system message: a string or text parts (a system turn carries no media; parts
 * let a provider hint, e.g. to cache a long instruction).
 */
export type SystemContent = string | TextPart[];
