import type { ExtractProgress } from "./progress-view.js";

/**
 * One line: `extract 40/100 done, 2 failed, 5 cached, 0 rate-limited, 1234 tok/s, 12s elapsed,
 * ETA 18s`.
 */
export function formatProgress(progress: ExtractProgress): string {
  const done = progress.succeeded + progress.failed;
  const seconds = progress.elapsedMs / 1000;
  const eta = done > 0 ? ((progress.total - done) * seconds) / done : undefined;
  return [
    `extract ${done}/${progress.total} done`,
    `${progress.failed} failed`,
    `${progress.cacheHits} cached`,
    `${progress.rateLimited} rate-limited`,
    `${Math.round(progress.tokensPerSecond)} tok/s`,
    `${Math.round(seconds)}s elapsed`,
    `ETA ${eta === undefined ? "?" : `${Math.round(eta)}s`}`,
  ].join(", ");
}
