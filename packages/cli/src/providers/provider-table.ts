import Anthropic from "@anthropic-ai/sdk";
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { GoogleGenAI } from "@google/genai";
import { fromAnthropic } from "@instr/anthropic";
import { fromCerebras } from "@instr/cerebras";
import type { Instructor, InstructorOptions } from "@instr/core";
import { fromGoogle } from "@instr/google";
import { fromOpenAI } from "@instr/openai";
import OpenAI from "openai";

/** The SDK client options every provider entry takes. */
export interface ClientOptions {
  apiKey: string;
  baseURL?: string;
  maxRetries: number;
}

/** What the CLI needs to reach one provider. */
export interface ProviderEntry {
  /** Environment variables that may hold the API key, the first set one wins. */
  keyVariables: readonly string[];
  /**
   * The provider's structured-output client. The batch pool pauses on a 429 from the
   * `retry-after` each of these providers sends with it (Gemini's `RetryInfo` delay, which the
   * google adapter turns into one).
   */
  instructor(client: ClientOptions, options: Omit<InstructorOptions, "adapter">): Instructor;
}

/** The providers `--provider` takes; one entry per provider. */
export const providerTable = {
  cerebras: {
    keyVariables: ["CEREBRAS_API_KEY"],
    instructor: (client, options) =>
      fromCerebras(new Cerebras({ ...client, warmTCPConnection: false }), options),
  },
  openai: {
    keyVariables: ["OPENAI_API_KEY"],
    instructor: (client, options) => fromOpenAI(new OpenAI(client), options),
  },
  anthropic: {
    keyVariables: ["ANTHROPIC_API_KEY"],
    instructor: (client, options) => fromAnthropic(new Anthropic(client), options),
  },
  google: {
    keyVariables: ["GEMINI_API_KEY", "GOOGLE_API_KEY"],
    // @google/genai retries nothing unless given retryOptions; its base URL is an http option.
    instructor: ({ apiKey, baseURL }, options) =>
      fromGoogle(
        new GoogleGenAI({
          apiKey,
          ...(baseURL === undefined ? {} : { httpOptions: { baseUrl: baseURL } }),
        }),
        options,
      ),
  },
} satisfies Record<string, ProviderEntry>;

/** A provider name `--provider` takes. */
export type ProviderName = keyof typeof providerTable;

/** The names `--provider` takes, in table order. */
export const providerNames: readonly ProviderName[] = Object.keys(providerTable).filter(
  (name): name is ProviderName => name in providerTable,
);
