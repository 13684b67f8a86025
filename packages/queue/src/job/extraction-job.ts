import type { Message, Mode, ProviderOptions } from "@instr/core";
import type { SchemaRef } from "../schema/extraction-schema.js";

/** Generation settings a job carries to `instructor.generate`. */
export interface ExtractionSettings {
  temperature?: number;
  maxTokens?: number;
  /** Re-asks after a validation failure (the instructor's own default otherwise). */
  maxRetries?: number;
  timeoutMs?: number;
  /** Extra request fields per provider, e.g. `{ cerebras: { seed: 1 } }`. */
  providerOptions?: ProviderOptions;
}

/** One extraction to run on some worker. Everything but `meta` is JSON that defines the job. */
export interface ExtractionJob {
  /** A registered schema ({@link defineSchema}) or its `{ name, hash }`. */
  schema: SchemaRef;
  model: string;
  /** One user message, appended after `messages`. */
  prompt?: string;
  system?: string;
  messages?: Message[];
  mode?: Mode;
  settings?: ExtractionSettings;
  /**
   * Caller data copied to the result unchanged (a document id, a path). Not part of the job id:
   * two jobs that differ only in `meta` are the same work and run once.
   */
  meta?: Record<string, unknown>;
}
