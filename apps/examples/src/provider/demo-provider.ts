import { DEFAULT_MODEL } from "../runner/create-context.js";

/** The providers `pnpm demo -- --provider <name>` runs the examples against; cerebras is the default. */
export const demoProviders = ["cerebras", "anthropic", "google", "openai"] as const;

/** One of {@link demoProviders}. */
export type DemoProvider = (typeof demoProviders)[number];

/** A provider other than Cerebras, whose instructor stands in for `fromCerebras`. */
export type SubstituteProvider = Exclude<DemoProvider, "cerebras">;

/** How the offline demo talks to one provider's loopback wire. */
export interface ProviderSetup {
  /** The model the scripted replies imitate on that wire. */
  model: string;
  /** The mock server's chat dialect, so chat-completions error bodies are in the SDK's shape. */
  dialect: "cerebras" | "openai";
  /** Whose instructor stands in for `fromCerebras`, for the demo's banner. */
  instructor: string;
  /** The SDK and API the instructor is built on, for the demo's banner. */
  wire: string;
}

/** Each provider's offline setup. */
export const providerSetups: Readonly<Record<DemoProvider, ProviderSetup>> = {
  cerebras: {
    model: DEFAULT_MODEL,
    dialect: "cerebras",
    instructor: "@instr/cerebras' fromCerebras",
    wire: "@cerebras/cerebras_cloud_sdk, chat completions",
  },
  anthropic: {
    // A model with structured outputs, so the examples' default JSON_SCHEMA mode applies.
    model: "claude-sonnet-4-5",
    dialect: "cerebras",
    instructor: "@instr/anthropic's fromAnthropic",
    wire: "@anthropic-ai/sdk, Messages API (/v1/messages)",
  },
  google: {
    model: "gemini-2.5-flash",
    dialect: "cerebras",
    instructor: "@instr/google's fromGoogle",
    wire: "@google/genai, Gemini API (:generateContent)",
  },
  openai: {
    model: "gpt-4.1",
    dialect: "openai",
    instructor: "@instr/openai's fromOpenAI",
    wire: "openai, chat completions",
  },
};

/** True when `value` names a demo provider. */
export function isDemoProvider(value: string): value is DemoProvider {
  return demoProviders.some((provider) => provider === value);
}
