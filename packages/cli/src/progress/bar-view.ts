import { SingleBar } from "cli-progress";
import { formatUsage } from "./format-usage.js";
import type { ExtractProgress, ProgressView } from "./progress-view.js";

/** A live bar for terminals: done / total, failures, cache hits, tokens spent, tokens/s and ETA. */
export function barView(stream: NodeJS.WritableStream, total: number): ProgressView {
  const bar = new SingleBar({
    stream,
    format:
      "extract |{bar}| {value}/{total} | failed {failed} | cached {cacheHits} | 429s {rateLimited} | {tokens} | {tps} tok/s | ETA {eta_formatted}",
    hideCursor: true,
    etaBuffer: 50,
  });
  bar.start(total, 0, { failed: 0, cacheHits: 0, rateLimited: 0, tokens: "0 tokens", tps: 0 });
  const render = (progress: ExtractProgress) =>
    bar.update(progress.succeeded + progress.failed, {
      failed: progress.failed,
      cacheHits: progress.cacheHits,
      rateLimited: progress.rateLimited,
      tokens: formatUsage(progress.usage),
      tps: Math.round(progress.tokensPerSecond),
    });
  return {
    update: render,
    stop(progress) {
      render(progress);
      bar.stop();
    },
  };
}
