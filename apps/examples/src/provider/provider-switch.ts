import Anthropic from "@anthropic-ai/sdk";
import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { GoogleGenAI } from "@google/genai";
import { fromAnthropic } from "@instr/anthropic";
import { type Instructor, type InstructorOptions, Mode } from "@instr/core";
import { fromGoogle } from "@instr/google";
import { fromOpenAI } from "@instr/openai";
import OpenAI from "openai";
import type { SubstituteProvider } from "./demo-provider.js";

/*
 * What `@instr/cerebras` resolves to in `pnpm demo -- --provider <name>` (see redirect-hook.ts):
 * the examples' `fromCerebras(ctx.cerebras(…), options)` builds that provider's instructor on its
 * official SDK instead, pointed where the Cerebras client points (the loopback server) with the
 * same key, transport retries and timeout. The mode stays Cerebras' default (JSON_SCHEMA) unless
 * the example names one, so the scripted answers mean the same on every wire.
 */

let provider: SubstituteProvider | undefined;

/** Picks the provider every later `fromCerebras` call builds its instructor for. */
export function useProvider(name: SubstituteProvider): void {
  provider = name;
}

/** Stand-in for `@instr/cerebras`' `fromCerebras`, over the provider given to `useProvider`. */
export function fromCerebras(
  client: Cerebras,
  options: Omit<InstructorOptions, "adapter"> = {},
): Instructor<unknown> {
  const { apiKey, baseURL, maxRetries, timeout } = client;
  const withMode = { mode: Mode.JSON_SCHEMA, ...options };
  switch (provider) {
    case "anthropic":
      return fromAnthropic(new Anthropic({ apiKey, baseURL, maxRetries, timeout }), withMode);
    case "google":
      return fromGoogle(
        new GoogleGenAI({ apiKey, httpOptions: { baseUrl: baseURL, timeout } }),
        withMode,
      );
    case "openai":
      return fromOpenAI(
        new OpenAI({ apiKey, baseURL: `${baseURL}/v1`, maxRetries, timeout }),
        withMode,
      );
    case undefined:
      throw new Error("provider-switch: useProvider(…) was not called before fromCerebras");
  }
}
