import { parsePartialJson } from "ai";
import { parse } from "partial-json";
import { reparseContender } from "./reparse-contender.js";

/** The AI SDK's `parsePartialJson` (what `streamObject` runs per chunk), on the accumulated text. */
export const aiSdkContender = reparseContender("ai parsePartialJson", async (text) => {
  const { value, state } = await parsePartialJson(text);
  if (state === "failed-parse") throw new Error("parsePartialJson failed on valid partial JSON");
  return value;
});

/** The `partial-json` package's `parse`, on the accumulated text. */
export const partialJsonContender = reparseContender("partial-json parse", (text) => parse(text));
