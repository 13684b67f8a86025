import { formatUsage } from "./format-usage.js";
import type { ExtractProgress } from "./progress-view.js";

/**
 * One line: `extract 40/100 done, 2 failed, 5 cached, 0 rate-limited, 14808 tokens (12000 prompt,
 * 2808 completion), 1234 tok/s, 12s elapsed, ETA 18s`.
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
    formatUsage(progress.usage),
    `${Math.round(progress.tokensPerSecond)} tok/s`,
    `${Math.round(seconds)}s elapsed`,
    `ETA ${eta === undefined ? "?" : `${Math.round(eta)}s`}`,
  ].join(", ");
}
