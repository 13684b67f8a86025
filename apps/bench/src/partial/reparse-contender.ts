import type { StreamContender } from "./stream-contender.js";

/**
 * A peer that parses the whole accumulated text again after each chunk, as the AI SDK's
 * `streamObject` and `partial-json` users do. With `stride` k it parses only after every k-th
 * chunk (the caller multiplies the time by k): a systematic sample of the same calls.
 */
export function reparseContender(name: string, parse: (text: string) => unknown): StreamContender {
  return {
    name,
    reparses: true,
    prepare: (chunks, stride) => async () => {
      let text = "";
      let final: unknown;
      let updates = 0;
      for (let i = 0; i < chunks.length; i++) {
        text += chunks[i];
        if ((i + 1) % stride !== 0) continue;
        const parsed = parse(text);
        // Await only what is a promise: a microtask per chunk would tax the synchronous peer.
        final = parsed instanceof Promise ? await parsed : parsed;
        updates++;
      }
      return { final, updates };
    },
  };
}
