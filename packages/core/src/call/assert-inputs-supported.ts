import { UnsupportedInputError } from "../errors/unsupported-input-error.js";
import type { InputKind, ProviderAdapter } from "../types/adapter.js";
import type { UserContentPart } from "../types/content-part.js";
import type { Message } from "../types/message.js";

/**
 * Checks every content part of `messages` against the input kinds the adapter declares for
 * `model`, so a part the model cannot take fails here, before any request is sent.
 *
 * @throws UnsupportedInputError naming the first part the model cannot take.
 */
export function assertInputsSupported(
  adapter: ProviderAdapter,
  model: string,
  messages: readonly Message[],
): void {
  let kinds: readonly InputKind[] | undefined;
  messages.forEach((message, messageIndex) => {
    if (message.role !== "user" || typeof message.content === "string") return;
    message.content.forEach((part, partIndex) => {
      const kind = inputKindOf(part);
      if (kind === "text") return;
      kinds ??= adapter.inputKinds(model);
      if (kinds.includes(kind)) return;
      const mediaType = part.type === "text" ? undefined : part.mediaType;
      const described = mediaType === undefined ? `${kind} part` : `${kind} part (${mediaType})`;
      throw new UnsupportedInputError(
        `The ${adapter.provider} model "${model}" does not take ${described}s: message ${messageIndex}, part ${partIndex}. It takes: ${kinds.join(", ")}.`,
        {
          provider: adapter.provider,
          model,
          kind,
          ...(mediaType === undefined ? {} : { mediaType }),
          messageIndex,
          partIndex,
          supportedKinds: kinds,
        },
      );
    });
  });
}

/** The input kind of a part: see `InputKind`. */
export function inputKindOf(part: UserContentPart): InputKind {
  switch (part.type) {
    case "text":
      return "text";
    case "image":
      return "image";
    case "file": {
      const mediaType = part.mediaType.toLowerCase();
      if (mediaType.startsWith("image/")) return "image";
      if (mediaType.startsWith("audio/")) return "audio";
      return mediaType === "application/pdf" ? "pdf" : "file";
    }
  }
}
