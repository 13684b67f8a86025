import { formatProgress } from "./format-progress.js";
import type { ProgressView } from "./progress-view.js";

/** For logs and pipes: one progress line every `intervalMs`, and one at the end. */
export function lineView(stream: NodeJS.WritableStream, intervalMs = 5000): ProgressView {
  let lastAt = 0;
  return {
    update(progress) {
      if (progress.elapsedMs - lastAt < intervalMs) return;
      lastAt = progress.elapsedMs;
      stream.write(`${formatProgress(progress)}\n`);
    },
    stop(progress) {
      stream.write(`${formatProgress(progress)}\n`);
    },
  };
}
