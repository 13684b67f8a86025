import type { Usage } from "@instr/core";

/** What the progress display shows. */
export interface ExtractProgress {
  /** Items to run in this invocation (resumed ones excluded). */
  total: number;
  succeeded: number;
  failed: number;
  cacheHits: number;
  /** Rate-limit responses (429) so far; each paused the whole pool, and its item was sent again. */
  rateLimited: number;
  /** Summed over every item, failed attempts included. */
  usage: Usage;
  elapsedMs: number;
  tokensPerSecond: number;
}

/** Live progress on stderr. */
export interface ProgressView {
  update(progress: ExtractProgress): void;
  stop(progress: ExtractProgress): void;
}
