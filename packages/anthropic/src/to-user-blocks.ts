import type Anthropic from "@anthropic-ai/sdk";
import {
  base64Of,
  imageMediaType,
  type UserContent,
  type UserContentPart,
} from "@instr/core/adapter";

type UserBlock =
  | Anthropic.TextBlockParam
  | Anthropic.ImageBlockParam
  | Anthropic.DocumentBlockParam;
type ImageMediaType = Anthropic.Base64ImageSource["media_type"];

const imageMediaTypes: readonly ImageMediaType[] = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
];

/** A user message's content as Messages API blocks: text, image and document (PDF) blocks. */
export function toUserBlocks(content: UserContent): string | UserBlock[] {
  return typeof content === "string" ? content : content.map(toUserBlock);
}

function toUserBlock(part: UserContentPart): UserBlock {
  switch (part.type) {
    case "text":
      return { type: "text", text: part.text };
    case "image": {
      if (isHttpUrl(part.image))
        return { type: "image", source: { type: "url", url: part.image.href } };
      return {
        type: "image",
        source: {
          type: "base64",
          media_type: toImageMediaType(imageMediaType(part.image, part.mediaType)),
          data: base64Of(part.image),
        },
      };
    }
    case "file":
      // inputKinds admits PDFs only (and images, which core hands over as file parts too).
      if (part.mediaType.startsWith("image/")) {
        return toUserBlock({ type: "image", image: part.data, mediaType: part.mediaType });
      }
      if (isHttpUrl(part.data)) {
        return { type: "document", source: { type: "url", url: part.data.href } };
      }
      return {
        type: "document",
        source: { type: "base64", media_type: "application/pdf", data: base64Of(part.data) },
        ...(part.filename === undefined ? {} : { title: part.filename }),
      };
  }
}

function isHttpUrl(data: unknown): data is URL {
  return data instanceof URL && (data.protocol === "https:" || data.protocol === "http:");
}

function toImageMediaType(mediaType: string): ImageMediaType {
  // The wire takes these four only: anything else goes as JPEG and the API names the problem.
  return imageMediaTypes.find((type) => type === mediaType) ?? "image/jpeg";
}
