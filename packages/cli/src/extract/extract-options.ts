import type { Mode } from "@instr/core";
import type { ExtractProgress } from "../progress/progress-view.js";
import type { ProviderName } from "../providers/provider-table.js";

/** Options of `instr extract` (and of {@link runExtract}). */
export interface ExtractOptions {
  /** The model provider; default `"cerebras"`. */
  provider?: ProviderName;
  /** A JSON Schema file, or a module exporting a zod schema (`file.ts#Name` picks an export). */
  schema: string;
  /** Files, glob patterns or JSONL files. */
  input: string[];
  /** Text encoding of the input files; text not valid in it fails its item. Default `utf-8`. */
  encoding?: string;
  model: string;
  mode?: Mode;
  /** Most requests in flight; the pool adapts below it on rate limits. */
  concurrency: number;
  /** Directory of a file-system cache shared across runs. */
  cache?: string;
  /** Results JSONL, appended to: items already in it are skipped. */
  out: string;
  /** Failures JSONL, rewritten each run (failed items are retried on the next run). */
  failures: string;
  /** The provider's endpoint, e.g. the loopback mock server. */
  baseUrl?: string;
  /** System prompt; each document is sent as the user message. */
  system: string;
  /** Re-asks after a failed validation. */
  maxRetries?: number;
  /** No re-ask once an item's attempts have spent this many tokens. */
  tokenBudget?: number;
  /** Export traces over OTLP/HTTP to this collector URL. */
  otlp?: string;
  temperature?: number;
  maxTokens?: number;
  /** Show progress on stderr (a live bar on a terminal, periodic lines otherwise). */
  progress: boolean;
}

/** What {@link runExtract} resolves to: the last progress, counted over the whole input. */
export interface ExtractSummary extends Omit<ExtractProgress, "total"> {
  /** Items found in the input. */
  total: number;
  /** Items skipped because the results file already had them. */
  skipped: number;
}
